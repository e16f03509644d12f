using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The keys that protect a MIKEY-PSK message itself (RFC 3830 section 4.1.4; profile section 3.4), derived from
    /// the pre-shared key with the I_MESSAGE's PRF func, CSB ID and RAND: encr_key (16 octets, AES-CM-128), salt_key
    /// (14) and auth_key (20 for HMAC-SHA-1-160, 32 for HMAC-SHA-256-256). Encrypts the KEMAC key-data chain
    /// (section 4.2.3: IV = (salt_key XOR (0x0000 || CSB ID || T value)) || 0x0000) and computes the KEMAC MAC and the
    /// V payload's Ver data. Secret: <see cref="Wipe"/> after use.
    /// </summary>
    internal sealed class PskTransportKeys
    {
        private const int EncrKeyLength = 16;
        private const int SaltKeyLength = 14;

        private readonly byte[] _encrKey;
        private readonly byte[] _saltKey;
        private byte[] _authKey;

        private PskTransportKeys(byte[] encrKey, byte[] saltKey, byte[] authKey, int macAlg)
        {
            _encrKey = encrKey;
            _saltKey = saltKey;
            _authKey = authKey;
            MacAlg = macAlg;
        }

        /// <summary>KEMAC MAC alg / V Auth alg: 1 HMAC-SHA-1-160, 2 HMAC-SHA-256-256.</summary>
        public int MacAlg { get; private set; }

        public static PskTransportKeys Derive(byte[] psk, int prfFunc, uint csbId, byte[] rand, int macAlg)
        {
            int authLength = KemacPayload.MacLength(macAlg);
            if (macAlg == KemacPayload.MacNull || authLength < 0)
                throw new MikeyException(MikeyErrorCode.InvalidMac, "MIKEY-PSK needs MAC alg 1 or 2, not " + macAlg);
            byte[] encr = null, salt = null;
            bool done = false;
            try
            {
                encr = MikeyKeyDerivation.DeriveTransportKey(prfFunc, psk, MikeyKeyDerivation.TransportEncryptionConstant, csbId, rand, EncrKeyLength);
                salt = MikeyKeyDerivation.DeriveTransportKey(prfFunc, psk, MikeyKeyDerivation.TransportSaltConstant, csbId, rand, SaltKeyLength);
                byte[] auth = MikeyKeyDerivation.DeriveTransportKey(prfFunc, psk, MikeyKeyDerivation.TransportAuthConstant, csbId, rand, authLength);
                done = true;
                return new PskTransportKeys(encr, salt, auth, macAlg);
            }
            finally
            {
                if (!done)
                {
                    Secrets.Wipe(encr);
                    Secrets.Wipe(salt);
                }
            }
        }

        /// <summary>AES-CM-128 over <paramref name="data"/> (encrypts and decrypts): a new array.</summary>
        public byte[] Crypt(byte[] data, uint csbId, ulong tValue)
        {
            byte[] iv = new byte[16];
            BigEndian.WriteUInt32(iv, 2, csbId);
            BigEndian.WriteUInt64(iv, 6, tValue);
            for (int i = 0; i < SaltKeyLength; i++) iv[i] ^= _saltKey[i];
            Aes aes = new Aes(_encrKey);
            byte[] r = new byte[data.Length];
            try
            {
                if (data.Length > 0) CounterMode.Transform(aes, iv, data, 0, r, 0, data.Length);
                return r;
            }
            finally
            {
                aes.Wipe();
                Secrets.Wipe(iv);
            }
        }

        /// <summary>MAC(auth_key, data[0 : count] || trailer) with this MAC alg (trailer may be null).</summary>
        public byte[] Mac(byte[] data, int count, byte[] trailer)
        {
            Hmac mac = new Hmac(MacAlg == KemacPayload.MacHmacSha1 ? (IHash)new Sha1() : new Sha256(), _authKey);
            try
            {
                mac.Update(data, 0, count);
                if (trailer != null) mac.Update(trailer, 0, trailer.Length);
                byte[] r = new byte[mac.MacSize];
                mac.Final(r, 0);
                return r;
            }
            finally
            {
                mac.Wipe();
            }
        }

        /// <summary>Whether the last MAC-length octets of <paramref name="message"/> are the MAC of everything before
        /// them followed by <paramref name="trailer"/>; compared in constant time.</summary>
        public bool MacEndsMessage(byte[] message, byte[] trailer)
        {
            int n = KemacPayload.MacLength(MacAlg);
            if (message.Length < n) return false;
            byte[] expected = Mac(message, message.Length - n, trailer);
            return ConstantTime.AreEqual(expected, 0, message, message.Length - n, n);
        }

        /// <summary>Hands the authentication key over (the caller wipes it) and forgets it here.</summary>
        public byte[] TakeAuthKey()
        {
            byte[] k = _authKey;
            _authKey = null;
            return k;
        }

        /// <summary>Keys from an authentication key taken earlier (for a V payload only).</summary>
        public static PskTransportKeys ForAuthentication(byte[] authKey, int macAlg)
        {
            return new PskTransportKeys(null, null, authKey, macAlg);
        }

        public void Wipe()
        {
            Secrets.Wipe(_encrKey);
            Secrets.Wipe(_saltKey);
            Secrets.Wipe(_authKey);
        }
    }
}
