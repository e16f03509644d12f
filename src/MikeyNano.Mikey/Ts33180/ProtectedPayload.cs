using System;
using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Ts33180
{
    /// <summary>
    /// The protected form of the General Extension type 7 data (3GPP TS 33.180 E.6 carried in the MCData protected
    /// payload structure of TS 33.180 section 8.5.4.1 / TS 24.282 section 15.2):
    /// message type(8) | date and time(40) | payload ID(32) | payload sequence number(8) | payload algorithm(8) |
    /// IV(128) | DPPK-ID(32) | payload IEI(8) | payload length(16) | AES-128-GCM ciphertext || 16-octet tag.
    /// The GCM nonce is the whole 16-octet IV; the associated data is the first 12 octets || IV || DPPK-ID (32 octets);
    /// the key is the DPCK (<see cref="PayloadCipherKey"/>) derived from the distributed key and the DPPK-ID.
    /// The plaintext is the key parameters (<see cref="KeyParameters.Parse"/>).
    /// </summary>
    internal sealed class ProtectedPayload
    {
        public const int AlgorithmAes128Gcm = 1;
        public const int IvLength = 16;
        public const int TagLength = 16;
        public const int HeaderLength = 35;          // up to and including the payload length field
        private const int AadLength = 32;

        private byte[] _encoded;

        private ProtectedPayload() { }

        public int MessageType { get; private set; }

        /// <summary>Date and time of the payload creation (40-bit value as sent).</summary>
        public ulong DateTime { get; private set; }

        public uint PayloadId { get; private set; }

        public int SequenceNumber { get; private set; }

        public int Algorithm { get; private set; }

        public byte[] Iv { get; private set; }

        /// <summary>The identifier of the key the DPCK is derived from (the HDR CSB ID: GUK-ID, PCK-ID or CSK-ID).</summary>
        public uint DppkId { get; private set; }

        public int PayloadIei { get; private set; }

        /// <summary>Ciphertext followed by the 16-octet GCM tag.</summary>
        public byte[] Sealed { get; private set; }

        /// <summary>Splits the fields. Throws <see cref="MikeyException"/> when the data is shorter than the header plus a
        /// tag or the payload length does not match what remains.</summary>
        public static ProtectedPayload Parse(byte[] data)
        {
            if (data == null || data.Length < HeaderLength + TagLength)
                throw MikeyException.Malformed("protected key parameters: " + (data == null ? 0 : data.Length) + " octets, need at least " + (HeaderLength + TagLength));
            ProtectedPayload p = new ProtectedPayload();
            p._encoded = data;
            p.MessageType = data[0];
            ulong t = 0;
            for (int i = 1; i <= 5; i++) t = (t << 8) | data[i];
            p.DateTime = t;
            p.PayloadId = BigEndian.ReadUInt32(data, 6);
            p.SequenceNumber = data[10];
            p.Algorithm = data[11];
            p.Iv = Octets.Slice(data, 12, IvLength);
            p.DppkId = BigEndian.ReadUInt32(data, 28);
            p.PayloadIei = data[32];
            int n = BigEndian.ReadUInt16(data, 33);
            if (n != data.Length - HeaderLength)
                throw MikeyException.Malformed("protected key parameters: payload length " + n + " but " + (data.Length - HeaderLength) + " octets follow");
            p.Sealed = Octets.Slice(data, HeaderLength, n);
            return p;
        }

        /// <summary>Authenticates and decrypts with the DPCK derived from <paramref name="dppk"/> (the SSV) and
        /// <see cref="DppkId"/>. Throws <see cref="AuthenticationException"/> on a wrong key or altered data,
        /// <see cref="UnsupportedAlgorithmException"/> for an algorithm other than AES-128-GCM.</summary>
        public byte[] Decrypt(byte[] dppk)
        {
            if (Algorithm != AlgorithmAes128Gcm)
                throw new UnsupportedAlgorithmException("protected key parameters: payload algorithm " + Algorithm + " (only 1 = AES-128-GCM)");
            byte[] aad = new byte[AadLength];
            Array.Copy(_encoded, 0, aad, 0, 12);
            Array.Copy(_encoded, 12, aad, 12, IvLength + 4);
            byte[] dpck = PayloadCipherKey.Derive(dppk, DppkId);
            Aes aes = new Aes(dpck);
            Secrets.Wipe(dpck);
            AesGcm gcm = new AesGcm(aes);
            int n = Sealed.Length - TagLength;
            byte[] plain = new byte[n];
            try
            {
                gcm.Decrypt(Iv, 0, IvLength, aad, 0, AadLength, Sealed, 0, n, plain, 0, Sealed, n, TagLength);
            }
            finally
            {
                gcm.Wipe();
                aes.Wipe();
            }
            return plain;
        }

        /// <summary>Decrypts (as <see cref="Decrypt"/>) and decodes the key parameters; the plaintext copy is wiped.</summary>
        public KeyParameters Open(byte[] dppk)
        {
            byte[] plain = Decrypt(dppk);
            try
            {
                return KeyParameters.Parse(plain);
            }
            finally
            {
                Secrets.Wipe(plain);
            }
        }
    }
}
