using MikeyNano.Radio;

namespace MikeyNano.Tests.Radio
{
    /// <summary>The radio's provisioning service as a test drives it from two sides: the <see cref="PumpedLink"/> serves
    /// requests while the client waits, the radio's Poll learns afterwards that the store changed (the change is
    /// latched until the radio asks).</summary>
    public sealed class LatchedProvisioning : IRadioProvisioning
    {
        private readonly IRadioProvisioning _inner;
        private bool _changed;

        public LatchedProvisioning(IRadioProvisioning inner)
        {
            _inner = inner;
        }

        /// <summary>Serves for the link (the change stays latched for the radio).</summary>
        public void Pump()
        {
            if (_inner.Serve(0)) _changed = true;
        }

        public bool Serve(int timeoutMs)
        {
            bool changed = _inner.Serve(timeoutMs) || _changed;
            _changed = false;
            return changed;
        }
    }
}
