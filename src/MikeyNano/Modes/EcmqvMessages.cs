using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The pieces of MIKEY-ECMQV (profile section 5) both roles share: the payload shapes, the DH payload of a P-256
    /// ephemeral key (group 240, 0x04 || x || y, Reserv | KV = 0x00; profile section 3.8), the TGK (x of the ECMQV
    /// point, <see cref="EcmqvP256"/>), and the V payload: Auth alg 2, Ver data = HMAC-SHA-256(auth_key, R_MESSAGE
    /// through the Auth alg octet || the complete I_MESSAGE), auth_key = PRF(TGK, 0x2D22AC75 || 0xFF || CSB ID ||
    /// RAND, 32) with the HDR's PRF func (profile section 5.3, RFC 3830 section 4.1.4).
    /// </summary>
    internal static class EcmqvMessages
    {
        private const int ScalarAttempts = 64;

        /// <summary>I_MESSAGE = HDR, T, RAND, IDRi, [CERTi], IDRr, {SP}, DHi (profile section 5.1).</summary>
        public static PayloadShape InitShape()
        {
            return new PayloadShape("ECMQV I_MESSAGE",
                new int[] { MikeyPayloadType.T, MikeyPayloadType.Rand, PayloadShape.IdrI, MikeyPayloadType.Cert, PayloadShape.IdrR, MikeyPayloadType.Sp, MikeyPayloadType.Dh },
                new int[] { 1, 1, 1, 0, 1, 0, 1 }, new int[] { 1, 1, 1, 1, 1, PayloadShape.Many, 1 });
        }

        /// <summary>R_MESSAGE = HDR, T, IDRr, IDRi, DHr, DHi, V (profile section 5.2).</summary>
        public static PayloadShape ResponseShape()
        {
            return new PayloadShape("ECMQV R_MESSAGE",
                new int[] { MikeyPayloadType.T, PayloadShape.IdrR, PayloadShape.IdrI, MikeyPayloadType.Dh, MikeyPayloadType.V },
                new int[] { 1, 1, 1, 2, 1 }, new int[] { 1, 1, 1, 2, 1 });
        }

        /// <summary>The k-th DH payload of a message (0-based).</summary>
        public static DhPayload Dh(MikeyMessage m, int k)
        {
            for (int i = 0; i < m.PayloadCount; i++)
            {
                DhPayload dh = m.GetPayload(i) as DhPayload;
                if (dh != null && k-- == 0) return dh;
            }
            return null;
        }

        /// <summary>A DH payload for our ephemeral public key.</summary>
        public static DhPayload DhOf(P256Point ephemeral)
        {
            return new DhPayload(EccProfile.DhGroupP256Ecmqv, ephemeral.EncodeUncompressed(), 0, 0, null, null);
        }

        /// <summary>The validated ephemeral key of a received DH payload: group 240 (else Invalid-DH, 6), Reserv | KV
        /// 0x00 (else Unspecified, 12), an uncompressed point on P-256 (else Invalid-DH).</summary>
        public static P256Point EphemeralOf(DhPayload dh, string what)
        {
            if (dh.Group != EccProfile.DhGroupP256Ecmqv)
                throw new MikeyException(MikeyErrorCode.InvalidDh, what + ": DH-Group " + dh.Group + " is not MIKEY-ECMQV's " + EccProfile.DhGroupP256Ecmqv);
            if (dh.Kv != 0 || dh.Reserved != 0) throw MikeyException.Malformed(what + ": DH Reserv/KV must be 0x00");
            if (dh.Value[0] != 4) throw new MikeyException(MikeyErrorCode.InvalidDh, what + ": not an uncompressed point");
            try
            {
                return P256Point.Decode(dh.Value, 0, dh.Value.Length);
            }
            catch (InvalidPointException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidDh, what + ": " + e.Message);
            }
        }

        /// <summary>Whether two DH payloads have the same octets.</summary>
        public static bool SameDh(DhPayload a, DhPayload b)
        {
            return a.Group == b.Group && a.Reserved == b.Reserved && a.Kv == b.Kv && a.KvData1 == null && b.KvData1 == null
                && ConstantTime.AreEqual(a.Value, b.Value);
        }

        /// <summary>A fresh ephemeral private key in [1, n-1] from 32-octet draws.</summary>
        public static byte[] EphemeralScalar(MikeyEndpoint endpoint)
        {
            for (int attempt = 0; attempt < ScalarAttempts; attempt++)
            {
                byte[] k = endpoint.Random(32);
                if (P256KeyPair.IsValidScalar(k)) return k;
                Secrets.Wipe(k);
            }
            throw new MikeyException(MikeyErrorCode.Unspecified, "the random source gave no P-256 scalar in " + ScalarAttempts + " draws");
        }

        /// <summary>[e]G for an ephemeral private key.</summary>
        public static P256Point PublicOf(byte[] ephemeral)
        {
            P256KeyPair pair = P256KeyPair.FromPrivateKey(ephemeral);
            pair.Wipe();
            return pair.PublicKey;
        }

        /// <summary>The TGK (profile section 5.3); a P at infinity (or a key the primitive refuses) is Invalid-DH.</summary>
        public static byte[] Tgk(P256KeyPair own, byte[] ephemeral, P256Point ownEphemeral, P256Point peerStatic, P256Point peerEphemeral)
        {
            byte[] d = own.PrivateKey;
            try
            {
                return EcmqvP256.SharedSecret(d, ephemeral, ownEphemeral, peerStatic, peerEphemeral);
            }
            catch (InvalidPointException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidDh, "ECMQV: " + e.Message);
            }
            finally
            {
                Secrets.Wipe(d);
            }
        }

        /// <summary>The V payload's key: PRF(TGK, transport auth label, 32) with the I_MESSAGE's PRF func, CSB ID and RAND.</summary>
        public static PskTransportKeys VerificationKey(MikeyMessage i, byte[] tgk)
        {
            byte[] auth = MikeyKeyDerivation.DeriveTransportKey(i.Header.PrfFunc, tgk, MikeyKeyDerivation.TransportAuthConstant,
                i.Header.CsbId, i.Rand.Rand, KemacPayload.MacLength(KemacPayload.MacHmacSha256));
            return PskTransportKeys.ForAuthentication(auth, KemacPayload.MacHmacSha256);
        }

        /// <summary>R_MESSAGE = HDR(data type 243, V = 0, rest copied), T(now), IDRr, IDRi (copied), DHr, DHi (the
        /// I_MESSAGE's payload, so its octets are copied), V.</summary>
        public static byte[] Response(MikeyMessage i, DhPayload dhr, PskTransportKeys vKey, ulong ntpNow)
        {
            MikeyMessage r = new MikeyMessage(ErrorMessage.CopyOf(i.Header, EccProfile.EcmqvResponse));
            r.Add(TimestampPayload.NtpUtcAt(ntpNow));
            r.Add(i.FindIdr(IdrPayload.RoleResponder));
            r.Add(i.FindIdr(IdrPayload.RoleInitiator));
            r.Add(dhr);
            r.Add(Dh(i, 0));
            VerificationPayload v = new VerificationPayload(KemacPayload.MacHmacSha256, new byte[KemacPayload.MacLength(KemacPayload.MacHmacSha256)]);
            r.Add(v);
            byte[] encoded = r.Encode();
            v.VerData = vKey.Mac(encoded, encoded.Length - v.VerData.Length, i.Encoded);
            return r.Encode();
        }
    }
}
