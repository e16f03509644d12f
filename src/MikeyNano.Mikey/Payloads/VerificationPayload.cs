using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>V payload (RFC 3830 section 6.9): Auth alg(8) | Ver data. Auth alg as KEMAC MAC alg: 0 NULL,
    /// 1 HMAC-SHA-1-160 (20 octets), 2 HMAC-SHA-256-256 (32 octets, RFC 6043).</summary>
    public sealed class VerificationPayload : MikeyPayload
    {
        public VerificationPayload(int authAlg, byte[] verData)
        {
            int n = KemacPayload.MacLength(authAlg);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidMac, "V: unknown authentication algorithm " + authAlg);
            if (MikeyWriter.LengthOf(verData) != n) throw MikeyException.Malformed("V: verification data must be " + n + " octets");
            AuthAlg = authAlg;
            VerData = verData == null ? new byte[0] : verData;
        }

        public int AuthAlg { get; private set; }

        public byte[] VerData { get; set; }

        public override int PayloadType { get { return MikeyPayloadType.V; } }

        internal override int BodyLength { get { return 1 + VerData.Length; } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(AuthAlg);
            w.WriteBytes(VerData);
        }

        internal static VerificationPayload Read(MikeyReader r)
        {
            int alg = r.ReadByte("V: authentication algorithm");
            int n = KemacPayload.MacLength(alg);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidMac, "V: unknown authentication algorithm " + alg);
            return new VerificationPayload(alg, r.ReadBytes(n, "V: verification data"));
        }
    }
}
