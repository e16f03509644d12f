using System;
using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The radio as the provisioning server reports it (device info, run self-test): its board profile's name, the
    /// firmware and library versions, and the outcome of its power-on self-test. Give it to the radio as its
    /// <see cref="IRadioSelfTest"/> too, so the boot self-test's result is what device info reports; a self-test asked
    /// for over serial runs the same tests again and writes them to the console.
    /// </summary>
    public sealed class RadioProvisioningDevice : IProvisioningDevice, IRadioSelfTest
    {
        private readonly IRadioSelfTest _selfTest;
        private readonly IConsole _console;
        private int _state = Provisioning.SelfTestState.NotRun;

        /// <param name="board">the board profile's name, e.g. "ESP32_REV3"</param>
        /// <param name="firmwareVersion">the application's version</param>
        /// <param name="libraryVersion">MikeyNano's version</param>
        /// <param name="selfTest">the power-on self-test (<see cref="PowerOnRadioSelfTest"/>)</param>
        /// <param name="console">where a self-test asked for over serial writes its lines</param>
        public RadioProvisioningDevice(string board, string firmwareVersion, string libraryVersion, IRadioSelfTest selfTest,
                                       IConsole console)
        {
            if (board == null || firmwareVersion == null || libraryVersion == null || selfTest == null || console == null)
                throw new ArgumentNullException("board, versions, self-test and console are all needed");
            Board = board;
            FirmwareVersion = firmwareVersion;
            LibraryVersion = libraryVersion;
            _selfTest = selfTest;
            _console = console;
        }

        public string Board { get; private set; }
        public string FirmwareVersion { get; private set; }
        public string LibraryVersion { get; private set; }
        public int SelfTestState { get { return _state; } }

        /// <summary>Runs the self-test (at boot, from the radio) and keeps its outcome for device info.</summary>
        public int Run(IConsole console)
        {
            int failed = _selfTest.Run(console);
            _state = failed == 0 ? Provisioning.SelfTestState.Passed : Provisioning.SelfTestState.Failed;
            return failed;
        }

        public bool RunSelfTest(out string detail)
        {
            int failed = Run(_console);
            detail = failed == 0 ? "" : failed + " self-test(s) failed (the radio's console names them)";
            return failed == 0;
        }
    }
}
