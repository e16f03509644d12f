using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// One provisioning frame (docs/provisioning.md, "Framing"), all integers big-endian:
    /// magic 'M' 'N' (0x4D 0x4E) | version (1) | type (1) | sequence (2) | payload length L (2) | payload (L) |
    /// CRC-32 (4) over every octet before it. L is at most <see cref="MaxPayload"/>, so a frame is at most
    /// <see cref="MaxFrame"/> octets.
    /// </summary>
    internal sealed class Frame
    {
        public const byte Magic0 = 0x4D;
        public const byte Magic1 = 0x4E;
        public const byte Version = 1;
        public const int HeaderLength = 8;
        public const int CrcLength = 4;
        public const int MaxPayload = 2048;
        public const int MaxFrame = HeaderLength + MaxPayload + CrcLength;

        public Frame(int type, int sequence, byte[] payload)
        {
            if (type < 0 || type > 0xFF) throw new InvalidEncodingException("frame type must be one octet");
            if (sequence < 0 || sequence > 0xFFFF) throw new InvalidEncodingException("frame sequence must be 0..65535");
            if (payload == null) payload = new byte[0];
            if (payload.Length > MaxPayload)
                throw new ProvisioningException(ProvisioningError.BadFrame, "payload of " + payload.Length + " octets exceeds " + MaxPayload);
            Type = type;
            Sequence = sequence;
            Payload = payload;
        }

        public int Type { get; private set; }
        public int Sequence { get; private set; }
        public byte[] Payload { get; private set; }

        /// <summary>The first <see cref="HeaderLength"/> octets of a frame with this type, sequence and payload length.</summary>
        internal static byte[] Header(int type, int sequence, int payloadLength)
        {
            return new byte[]
            {
                Magic0, Magic1, Version, (byte)type, (byte)(sequence >> 8), (byte)sequence,
                (byte)(payloadLength >> 8), (byte)payloadLength,
            };
        }

        /// <summary>The frame's octets on the wire.</summary>
        public byte[] Encode()
        {
            byte[] wire = new byte[HeaderLength + Payload.Length + CrcLength];
            System.Array.Copy(Header(Type, Sequence, Payload.Length), wire, HeaderLength);
            System.Array.Copy(Payload, 0, wire, HeaderLength, Payload.Length);
            uint crc = FrameCrc32.Compute(wire, 0, HeaderLength + Payload.Length);
            int at = HeaderLength + Payload.Length;
            wire[at] = (byte)(crc >> 24);
            wire[at + 1] = (byte)(crc >> 16);
            wire[at + 2] = (byte)(crc >> 8);
            wire[at + 3] = (byte)crc;
            return wire;
        }
    }
}
