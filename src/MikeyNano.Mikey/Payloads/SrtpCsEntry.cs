namespace MikeyNano.Mikey.Payloads
{
    /// <summary>One crypto session of an SRTP-ID CS ID map (RFC 3830 section 6.1.1): Policy_no(8) | SSRC(32) | ROC(32).
    /// Crypto session i (1-based) of the map has cs_id = i in the key-derivation label.</summary>
    public sealed class SrtpCsEntry
    {
        public SrtpCsEntry(int policyNo, uint ssrc, uint roc)
        {
            PolicyNo = policyNo & 0xFF;
            Ssrc = ssrc;
            Roc = roc;
        }

        public int PolicyNo { get; private set; }

        public uint Ssrc { get; set; }

        public uint Roc { get; set; }
    }
}
