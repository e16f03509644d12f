namespace MikeyNano.Radio.Boards
{
    /// <summary>Why a board profile (boards/NAME.json, boards/board-profile.schema.json) was refused.</summary>
    public enum BoardProfileError
    {
        /// <summary>The text is not the JSON subset the schema allows (a token out of place, a bad escape, a number
        /// with a sign, fraction, exponent or leading zero, a character outside printable ASCII).</summary>
        Syntax = 1,
        /// <summary>The profile, a string or a list is longer than the loader's bounds.</summary>
        TooLarge = 2,
        /// <summary>A field the schema does not define.</summary>
        UnknownField = 3,
        /// <summary>A field the schema requires is absent.</summary>
        MissingField = 4,
        /// <summary>A field appears twice in one object.</summary>
        DuplicateField = 5,
        /// <summary>A field holds another JSON type than the schema's (an object or list where a number belongs, ...).</summary>
        WrongType = 6,
        /// <summary>A value outside the schema's range or set (flash size, baud rate, chip, name characters, ...).</summary>
        OutOfRange = 7,
        /// <summary>A GPIO that the chip lacks or that the board cannot give to this use (flash, PSRAM, the debugger's
        /// UART, a strapping pin for a free choice, an input-only pin as an output).</summary>
        UnusablePin = 8,
        /// <summary>One GPIO given to two uses.</summary>
        PinUsedTwice = 9,
        /// <summary>The provisioning UART is COM1, which the nanoFramework debugger (wire protocol) holds.</summary>
        DebuggerPort = 10,
        /// <summary>The precomputed-table policy does not fit the board's managed heap (docs/device.md's figures).</summary>
        TablesDoNotFit = 11,
        /// <summary>Anything but whitespace after the profile's closing brace.</summary>
        TrailingData = 12,
        /// <summary>The profile names another board than the one asked for, or no profile exists for a name.</summary>
        UnknownBoard = 13,
    }
}
