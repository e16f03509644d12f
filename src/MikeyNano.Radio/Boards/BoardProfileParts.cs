namespace MikeyNano.Radio.Boards
{
    /// <summary>The UART the provisioning tool talks to (docs/provisioning.md): 8 data bits, no parity, one stop bit.
    /// Never COM1: the nanoFramework debugger's wire protocol holds UART0.</summary>
    public sealed class ProvisioningUart
    {
        internal ProvisioningUart() { }

        /// <summary>nanoFramework's port name, "COM2" or "COM3" (COMn is the chip's UART n-1).</summary>
        public string Port { get; internal set; }

        /// <summary>Bits per second.</summary>
        public int Baud { get; internal set; }

        /// <summary>GPIO routed to the port's TX (Configuration.SetPinFunction COMn_TX).</summary>
        public int TxPin { get; internal set; }

        /// <summary>GPIO routed to the port's RX.</summary>
        public int RxPin { get; internal set; }
    }

    /// <summary>The push-to-talk key: a GPIO input.</summary>
    public sealed class PushToTalkKey
    {
        internal PushToTalkKey() { }

        public int Pin { get; internal set; }

        /// <summary>True when the key pulls the line to ground while held (the usual wiring, with a pull-up).</summary>
        public bool ActiveLow { get; internal set; }
    }

    /// <summary>The status LED: a GPIO output.</summary>
    public sealed class StatusLed
    {
        internal StatusLed() { }

        public int Pin { get; internal set; }

        /// <summary>True when a high level lights it.</summary>
        public bool ActiveHigh { get; internal set; }

        /// <summary>True when the LED is on the board; false when it is fitted to a header pin (the profile's board
        /// has no plain GPIO LED).</summary>
        public bool OnBoard { get; internal set; }
    }

    /// <summary>The audio codec's I2S lines (the radio's audio source and sink).</summary>
    public sealed class I2sPins
    {
        internal I2sPins() { }

        /// <summary>Bit clock (an output: the ESP32 is the I2S master).</summary>
        public int BitClock { get; internal set; }

        /// <summary>Word select / left-right clock (an output; a PDM microphone's clock on boards that have one).</summary>
        public int WordSelect { get; internal set; }

        /// <summary>Data to the speaker's amplifier or codec (an output).</summary>
        public int DataOut { get; internal set; }

        /// <summary>Data from the microphone (an input).</summary>
        public int DataIn { get; internal set; }
    }
}
