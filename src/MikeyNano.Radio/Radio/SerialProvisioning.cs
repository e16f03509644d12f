using System;
using MikeyNano.Entropy;
using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The provisioning service as the radio's loop drives it (docs/provisioning.md): a <see cref="ProvisioningServer"/>
    /// on the provisioning UART writing to the radio's <see cref="KeyStore"/>. Each answered request is written to the
    /// console; a commit to the store (its sequence moved: a transport key, certificate or key set installed, or an
    /// erase) tells the radio to load its keys again.
    /// </summary>
    public sealed class SerialProvisioning : IRadioProvisioning
    {
        private readonly ProvisioningServer _server;
        private readonly KeyStore _store;
        private readonly IConsole _console;
        private uint _sequenceSeen;

        /// <param name="link">the provisioning UART (not the debugger's)</param>
        /// <param name="store">the radio's key store, also read by its <see cref="StoredKeySource"/></param>
        /// <param name="clock">the radio's clock (key periods, frame timeouts)</param>
        /// <param name="rng">the source of the session nonces</param>
        /// <param name="device">what device info reports (<see cref="RadioProvisioningDevice"/>)</param>
        /// <param name="console">where each request's outcome is written, or null</param>
        public SerialProvisioning(ISerialLink link, KeyStore store, IClock clock, IRandomSource rng, IProvisioningDevice device,
                                  IConsole console)
        {
            _server = new ProvisioningServer(link, store, clock, rng, device);
            _store = store;
            _console = console;
            _sequenceSeen = store.Sequence;
        }

        public bool Serve(int timeoutMs)
        {
            if (_server.Poll(timeoutMs) && _console != null) _console.WriteLine("provisioning: " + _server.LastEvent);
            uint sequence = _store.Sequence;
            if (sequence == _sequenceSeen) return false;
            _sequenceSeen = sequence;
            return true;
        }
    }
}
