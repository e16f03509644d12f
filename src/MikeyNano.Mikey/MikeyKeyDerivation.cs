using System;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// MIKEY key derivation (RFC 3830 sections 4.1.3 and 4.1.4) on top of <see cref="MikeyPrf"/>.
    /// Traffic keys from a TGK (for MIKEY-SAKKE the TGK is the SSV): PRF(TGK, constant(32) || cs_id(8) || csb_id(32) || RAND).
    /// Transport keys that protect a MIKEY message itself: PRF(inkey, constant(32) || 0xFF || csb_id(32) || RAND).
    /// PRF func 0 = MIKEY-1 (HMAC-SHA-1), 1 = PRF-HMAC-SHA-256 (RFC 6043), as the HDR says.
    /// </summary>
    internal static class MikeyKeyDerivation
    {
        // RFC 3830 section 4.1.3: traffic-key constants.
        public const uint TekConstant = 0x2AD01C64;
        public const uint SaltConstant = 0x39A2C14B;
        public const uint AuthKeyConstant = 0x1B5C7973;
        public const uint EncryptionKeyConstant = 0x15798CEF;

        // RFC 3830 section 4.1.4: transport-key constants (cs_id field fixed to 0xFF).
        public const uint TransportEncryptionConstant = 0x150533E1;
        public const uint TransportAuthConstant = 0x2D22AC75;
        public const uint TransportSaltConstant = 0x29B88916;
        public const int TransportCsId = 0xFF;

        /// <summary>label = constant(32) || cs_id(8) || csb_id(32) || RAND.</summary>
        public static byte[] Label(uint constant, int csId, uint csbId, byte[] rand)
        {
            if (rand == null) throw MikeyException.Malformed("key derivation needs the RAND");
            if (csId < 0 || csId > 0xFF) throw new ArgumentOutOfRangeException("csId");
            byte[] label = new byte[9 + rand.Length];
            MikeyNano.Bytes.BigEndian.WriteUInt32(label, 0, constant);
            label[4] = (byte)csId;
            MikeyNano.Bytes.BigEndian.WriteUInt32(label, 5, csbId);
            Array.Copy(rand, 0, label, 9, rand.Length);
            return label;
        }

        /// <summary>PRF(inkey, Label(constant, csId, csbId, rand), length) with the PRF func of the HDR.</summary>
        public static byte[] Derive(int prfFunc, byte[] inkey, uint constant, int csId, uint csbId, byte[] rand, int length)
        {
            if (prfFunc != MikeyPrf.Sha1Func && prfFunc != MikeyPrf.Sha256Func)
                throw new MikeyException(MikeyErrorCode.InvalidPrf, "unsupported PRF func " + prfFunc);
            return MikeyPrf.Derive(prfFunc, inkey, Label(constant, csId, csbId, rand), length);
        }

        /// <summary>TEK (the SRTP master key) for crypto session <paramref name="csId"/>.</summary>
        public static byte[] DeriveTek(int prfFunc, byte[] tgk, int csId, uint csbId, byte[] rand, int length)
        {
            return Derive(prfFunc, tgk, TekConstant, csId, csbId, rand, length);
        }

        /// <summary>Salting key (the SRTP master salt) for crypto session <paramref name="csId"/>.</summary>
        public static byte[] DeriveSalt(int prfFunc, byte[] tgk, int csId, uint csbId, byte[] rand, int length)
        {
            return Derive(prfFunc, tgk, SaltConstant, csId, csbId, rand, length);
        }

        public static byte[] DeriveAuthKey(int prfFunc, byte[] tgk, int csId, uint csbId, byte[] rand, int length)
        {
            return Derive(prfFunc, tgk, AuthKeyConstant, csId, csbId, rand, length);
        }

        public static byte[] DeriveEncryptionKey(int prfFunc, byte[] tgk, int csId, uint csbId, byte[] rand, int length)
        {
            return Derive(prfFunc, tgk, EncryptionKeyConstant, csId, csbId, rand, length);
        }

        /// <summary>A transport key (RFC 3830 section 4.1.4): <paramref name="constant"/> is one of the Transport*
        /// constants, <paramref name="inkey"/> the PSK or envelope key.</summary>
        public static byte[] DeriveTransportKey(int prfFunc, byte[] inkey, uint constant, uint csbId, byte[] rand, int length)
        {
            return Derive(prfFunc, inkey, constant, TransportCsId, csbId, rand, length);
        }

        /// <summary>TEK for crypto session <paramref name="csId"/> of a parsed message: PRF func and CSB ID from its
        /// HDR, RAND from its RAND payload.</summary>
        public static byte[] DeriveTek(MikeyMessage m, byte[] tgk, int csId, int length)
        {
            return DeriveTek(m.Header.PrfFunc, tgk, csId, m.Header.CsbId, RandOf(m), length);
        }

        /// <summary>Salting key for crypto session <paramref name="csId"/> of a parsed message.</summary>
        public static byte[] DeriveSalt(MikeyMessage m, byte[] tgk, int csId, int length)
        {
            return DeriveSalt(m.Header.PrfFunc, tgk, csId, m.Header.CsbId, RandOf(m), length);
        }

        private static byte[] RandOf(MikeyMessage m)
        {
            if (m.Rand == null) throw MikeyException.Malformed("message has no RAND payload");
            return m.Rand.Rand;
        }
    }
}
