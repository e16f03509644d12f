namespace MikeyNano.Certificates
{
    /// <summary>An X.509 ECDSA signatureValue (RFC 5480 section 2.2 / RFC 5758 section 3.2): a BIT STRING holding
    /// DER Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }, turned into r || s (32 octets each) for
    /// EcdsaP256.VerifyHash. Each INTEGER must be minimal and positive and fit in 32 octets (the range check
    /// 1 &lt;= r, s &lt; n is the verifier's).</summary>
    internal static class EcdsaSignature
    {
        public static byte[] FromBitString(byte[] bits)
        {
            if (bits.Length < 1 || bits[0] != 0) throw DerReader.Malformed("signatureValue: not whole octets");
            DerReader outer = new DerReader(bits, 1, bits.Length);
            DerReader seq = outer.Enter(DerReader.Sequence, "Ecdsa-Sig-Value");
            outer.End("signatureValue");
            byte[] rs = new byte[64];
            Place(seq.Read(DerReader.Integer, "r"), rs, 0);
            Place(seq.Read(DerReader.Integer, "s"), rs, 32);
            seq.End("Ecdsa-Sig-Value");
            return rs;
        }

        private static void Place(byte[] v, byte[] dst, int at)
        {
            if (v.Length == 0) throw DerReader.Malformed("signature: an empty INTEGER");
            if ((v[0] & 0x80) != 0) throw DerReader.Malformed("signature: a negative INTEGER");
            int start = 0;
            if (v[0] == 0 && v.Length > 1)
            {
                if ((v[1] & 0x80) == 0) throw DerReader.Malformed("signature: an INTEGER not minimal");
                start = 1;
            }
            int n = v.Length - start;
            if (n > 32) throw DerReader.Malformed("signature: an INTEGER longer than 32 octets");
            System.Array.Copy(v, start, dst, at + 32 - n, n);
        }
    }
}
