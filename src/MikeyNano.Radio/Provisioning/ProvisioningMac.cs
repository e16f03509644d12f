using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The frame MAC of docs/provisioning.md ("Authentication"): K_mac = HMAC-SHA-256(TrK, "MikeyNano provisioning MAC
    /// key") (RFC 2104 with SHA-256, RFC 4231), and over a frame's payload without its last 32 octets,
    /// tag = HMAC-SHA-256(K_mac, direction (0x01 request, 0x02 response) || device nonce (16) || header (8) || those
    /// payload octets), which is the payload's last 32 octets. The header carries the version, command, sequence and
    /// length, and the nonce is the device's for this session: a request recorded in one session does not verify in
    /// another, and within one the device accepts only rising sequence numbers.
    /// </summary>
    internal sealed class ProvisioningMac
    {
        public const int TagLength = 32;
        public const int NonceLength = 16;
        public const int Request = 0x01;
        public const int Response = 0x02;

        private readonly byte[] _macKey;

        public ProvisioningMac(byte[] transportKey)
        {
            _macKey = Hmac.Sha256(transportKey, Utf8.Encode("MikeyNano provisioning MAC key"));
        }

        /// <summary>The tag of a frame of <paramref name="type"/> and <paramref name="sequence"/> whose payload is
        /// <paramref name="body"/>[0..bodyLength) followed by the tag.</summary>
        public byte[] Tag(int direction, byte[] nonce, int type, int sequence, byte[] body, int bodyLength)
        {
            Hmac mac = new Hmac(new Sha256(), _macKey);
            try
            {
                mac.Update(new byte[] { (byte)direction }, 0, 1);
                mac.Update(nonce, 0, NonceLength);
                byte[] header = Frame.Header(type, sequence, bodyLength + TagLength);
                mac.Update(header, 0, header.Length);
                mac.Update(body, 0, bodyLength);
                byte[] tag = new byte[TagLength];
                mac.Final(tag, 0);
                return tag;
            }
            finally
            {
                mac.Wipe();
            }
        }

        /// <summary>True when the payload's last 32 octets are the tag of the rest (compared in constant time).</summary>
        public bool Verify(int direction, byte[] nonce, int type, int sequence, byte[] payload)
        {
            if (payload.Length < TagLength) return false;
            int bodyLength = payload.Length - TagLength;
            return ConstantTime.AreEqual(Tag(direction, nonce, type, sequence, payload, bodyLength), 0, payload, bodyLength, TagLength);
        }

        /// <summary>body || tag, as a frame payload.</summary>
        public byte[] Seal(int direction, byte[] nonce, int type, int sequence, byte[] body)
        {
            byte[] payload = new byte[body.Length + TagLength];
            System.Array.Copy(body, payload, body.Length);
            System.Array.Copy(Tag(direction, nonce, type, sequence, body, body.Length), 0, payload, body.Length, TagLength);
            return payload;
        }

        public void Wipe()
        {
            Secrets.Wipe(_macKey);
        }
    }
}
