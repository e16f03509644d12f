using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>
    /// One party an outgoing call is keyed to: its URI (the SAKKE identity the SSV is encapsulated to, RFC 6509
    /// section 3 / TS 33.180 F.2.1), where its MIKEY port and media port are (dotted IPv4), and its KMS when that is
    /// not ours. A group is several peers: the radio sends each member its own I_MESSAGE and SRTP stream.
    /// </summary>
    public sealed class RadioPeer
    {
        public RadioPeer(string uri, string host, int mikeyPort, int mediaPort)
        {
            Uri = uri;
            Host = host;
            MikeyPort = mikeyPort;
            MediaPort = mediaPort;
        }

        public string Uri { get; private set; }
        public string Host { get; private set; }
        public int MikeyPort { get; private set; }
        public int MediaPort { get; private set; }
        /// <summary>The peer's KMS; null: the same KMS as our keys.</summary>
        public KmsPublicKeys Kms { get; set; }
    }
}
