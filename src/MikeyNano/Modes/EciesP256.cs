using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// ECIES on P-256 as the ECC profile fixes SEC 1 v2 section 5.1 for MIKEY-ECIES's PKE payload (profile 4.1):
    /// ephemeral k, R = [k]G uncompressed (65 octets); Z = x([k]Q) (32 octets); KK = X9.63-KDF-SHA-256(Z, SharedInfo1
    /// = R, L + 32) = SHA-256(Z || 00000001 || R) || SHA-256(Z || 00000002 || R) || ...; C = envelope key XOR KK[0:L];
    /// tag = HMAC-SHA-256(KK[L:L+32], C) cut to 16 octets (SharedInfo2 empty). PKE data = R || C || tag.
    /// </summary>
    internal static class EciesP256
    {
        internal const int PointLength = 65;
        internal const int TagLength = 16;
        private const int MacKeyLength = 32;
        /// <summary>R and tag around the encrypted envelope key: PKE data length - L.</summary>
        internal const int Overhead = PointLength + TagLength;

        /// <summary>R || C || tag for <paramref name="envKey"/> (16 or 32 octets) to the holder of <paramref name="recipient"/>'s key.</summary>
        public static byte[] Encrypt(P256Point recipient, byte[] envKey, IRandomSource rng)
        {
            P256KeyPair k = P256KeyPair.Generate(rng);
            byte[] d = k.PrivateKey, z = null;
            try
            {
                byte[] r = k.PublicKey.EncodeUncompressed();
                z = EcdhP256.SharedSecret(d, recipient);
                byte[] data = new byte[Overhead + envKey.Length];
                System.Array.Copy(r, 0, data, 0, PointLength);
                Seal(z, data, envKey);
                return data;
            }
            finally
            {
                k.Wipe();
                Secrets.Wipe(d);
                Secrets.Wipe(z);
            }
        }

        /// <summary>The envelope key of PKE data R || C || tag under our static private key. Refusals: a length that is
        /// not 81 + 16 or 81 + 32 (Unspecified), R not an uncompressed P-256 point (Invalid-DH, profile 3.9), a tag that
        /// does not verify (Auth-failure; nothing of the key is recovered then).</summary>
        public static byte[] Decrypt(byte[] privateKey, byte[] data)
        {
            int l = data.Length - Overhead;
            if (l != 16 && l != 32) throw MikeyException.Malformed("PKE data of " + data.Length + " octets: an ECIES envelope key is 16 or 32 (profile 4.1)");
            P256Point r = DecodeUncompressed(data, 0);
            byte[] z = EcdhP256.SharedSecret(privateKey, r);
            byte[] kk = null;
            try
            {
                kk = Kdf(z, data, l + MacKeyLength);
                byte[] tag = Tag(kk, l, data, PointLength, l);
                if (!ConstantTime.AreEqual(tag, 0, data, PointLength + l, TagLength))
                    throw new MikeyException(MikeyErrorCode.AuthFailure, "PKE: the ECIES tag does not verify under our static key");
                byte[] envKey = new byte[l];
                for (int i = 0; i < l; i++) envKey[i] = (byte)(data[PointLength + i] ^ kk[i]);
                return envKey;
            }
            finally
            {
                Secrets.Wipe(z);
                Secrets.Wipe(kk);
            }
        }

        /// <summary>A received point: 0x04 || x || y on P-256 (profile 3.9: compressed points are refused), else Invalid-DH.</summary>
        internal static P256Point DecodeUncompressed(byte[] src, int offset)
        {
            if (src.Length - offset < PointLength || src[offset] != 0x04)
                throw new MikeyException(MikeyErrorCode.InvalidDh, "a point on the wire must be SEC 1 uncompressed (0x04, 65 octets)");
            try
            {
                return P256Point.Decode(src, offset, PointLength);
            }
            catch (InvalidPointException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidDh, "invalid P-256 point: " + e.Message);
            }
        }

        // data[0:65] holds R; writes C and the tag after it.
        private static void Seal(byte[] z, byte[] data, byte[] envKey)
        {
            int l = envKey.Length;
            byte[] kk = Kdf(z, data, l + MacKeyLength);
            try
            {
                for (int i = 0; i < l; i++) data[PointLength + i] = (byte)(envKey[i] ^ kk[i]);
                byte[] tag = Tag(kk, l, data, PointLength, l);
                System.Array.Copy(tag, 0, data, PointLength + l, TagLength);
            }
            finally
            {
                Secrets.Wipe(kk);
            }
        }

        /// <summary>ANSI X9.63 KDF with SHA-256 (SEC 1 3.6.1): Z, then a 32-bit counter from 1, then R (data[0:65]).</summary>
        private static byte[] Kdf(byte[] z, byte[] r, int length)
        {
            byte[] kk = new byte[(length + Sha256.Size - 1) / Sha256.Size * Sha256.Size];
            byte[] counter = new byte[4];
            Sha256 h = new Sha256();
            for (int block = 0; block * Sha256.Size < length; block++)
            {
                BigEndian.WriteUInt32(counter, 0, (uint)(block + 1));
                h.Reset();
                h.Update(z, 0, z.Length);
                h.Update(counter, 0, 4);
                h.Update(r, 0, PointLength);
                h.Final(kk, block * Sha256.Size);
            }
            if (kk.Length == length) return kk;
            byte[] cut = Octets.Slice(kk, 0, length);
            Secrets.Wipe(kk);
            return cut;
        }

        // HMAC-SHA-256(KK[l : l + 32], c[offset : offset + count]) cut to 16 octets.
        private static byte[] Tag(byte[] kk, int l, byte[] c, int offset, int count)
        {
            byte[] macKey = Octets.Slice(kk, l, MacKeyLength);
            Hmac mac = new Hmac(new Sha256(), macKey);
            byte[] full = new byte[Sha256.Size];
            try
            {
                mac.Update(c, offset, count);
                mac.Final(full, 0);
                return Octets.Slice(full, 0, TagLength);
            }
            finally
            {
                mac.Wipe();
                Secrets.Wipe(macKey);
                Secrets.Wipe(full);
            }
        }
    }
}
