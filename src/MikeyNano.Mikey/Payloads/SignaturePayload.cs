using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>SIGN payload (RFC 3830 section 6.5, RFC 6509): S type(4) | Signature len(12, octets) | Signature.
    /// It has no next-payload field and is always the last payload. S types 0 RSA/PKCS#1 v1.5, 1 RSA/PSS,
    /// 2 ECCSI (RFC 6509: r(32) | s(32) | PVT(65) = 129 octets), and the ECC profile's ECDSA P-256 r(32) | s(32)
    /// (EccProfile.SignEcdsaP256, non-standard). The signature covers the message from the HDR up to
    /// and including this payload's 2-octet header (<see cref="MikeyMessage.GetSignedData"/>).</summary>
    public sealed class SignaturePayload : MikeyPayload
    {
        public const int RsaPkcs1 = 0;
        public const int RsaPss = 1;
        public const int Eccsi = 2;
        public const int MaxLength = 0x0FFF;

        private byte[] _signature;

        public SignaturePayload(int sType, byte[] signature)
        {
            if (!IsKnown(sType)) throw new MikeyException(MikeyErrorCode.AuthFailure, "SIGN: unknown signature type " + sType);
            SType = sType;
            Signature = signature;
        }

        public int SType { get; private set; }

        /// <summary>The signature octets. An initiator builds the message with a placeholder of the final length, signs
        /// <see cref="MikeyMessage.GetSignedData"/>, then sets the real signature (same length) and encodes again.</summary>
        public byte[] Signature
        {
            get { return _signature; }
            set { MikeyWriter.CheckLength(value, MaxLength, "signature"); _signature = value == null ? new byte[0] : value; }
        }

        /// <summary>S types 0..2 (RFC 3830, RFC 6509) and the ECC profile's ECDSA P-256 (EccProfile, non-standard).</summary>
        internal static bool IsKnown(int sType)
        {
            return (sType >= RsaPkcs1 && sType <= Eccsi) || sType == EccProfile.SignEcdsaP256;
        }

        internal override bool HasNextPayloadField { get { return false; } }

        public override int PayloadType { get { return MikeyPayloadType.Sign; } }

        internal override int BodyLength { get { return 2 + _signature.Length; } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteUInt16((SType << 12) | _signature.Length);
            w.WriteBytes(_signature);
        }

        internal static SignaturePayload Read(MikeyReader r)
        {
            int v = r.ReadUInt16("SIGN: type/length");
            int type = v >> 12;
            if (!IsKnown(type)) throw new MikeyException(MikeyErrorCode.AuthFailure, "SIGN: unknown signature type " + type);
            return new SignaturePayload(type, r.ReadBytes(v & 0x0FFF, "SIGN: signature"));
        }
    }
}
