using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Srtp
{
    /// <summary>The RTP and RTCP header facts SRTP needs (RFC 3550 5.1, 6.4): header length, SSRC, sequence number.</summary>
    public static class RtpPacket
    {
        /// <summary>The fixed RTP header: V/P/X/CC, M/PT, sequence number, timestamp, SSRC.</summary>
        public const int FixedHeaderLength = 12;
        /// <summary>The part of an RTCP packet SRTCP leaves in clear: V/P/RC, PT, length, SSRC (RFC 3711 3.4).</summary>
        internal const int RtcpHeaderLength = 8;

        /// <summary>The RTP header length (12 + 4 CC + the header extension when X is set) of the packet at
        /// <paramref name="offset"/>; throws <see cref="SrtpException"/> (InvalidHeader) unless it is version 2
        /// and fits in <paramref name="available"/> octets.</summary>
        public static int HeaderLength(byte[] packet, int offset, int available)
        {
            if (available < FixedHeaderLength)
                throw new SrtpException(SrtpError.TooShort, "RTP packet of " + available + " octets is shorter than the 12-octet header");
            int b0 = packet[offset];
            if ((b0 >> 6) != 2) throw new SrtpException(SrtpError.InvalidHeader, "RTP version " + (b0 >> 6) + " (expected 2)");
            int length = FixedHeaderLength + 4 * (b0 & 0x0F);
            if ((b0 & 0x10) != 0)
            {
                if (length + 4 > available)
                    throw new SrtpException(SrtpError.InvalidHeader, "RTP header extension runs past the packet");
                length += 4 + 4 * BigEndian.ReadUInt16(packet, offset + length + 2);
            }
            if (length > available)
                throw new SrtpException(SrtpError.InvalidHeader, "RTP header of " + length + " octets is longer than the packet (" + available + ")");
            return length;
        }

        /// <summary>Checks an RTCP packet's first header (version 2, at least 8 octets).</summary>
        internal static void CheckRtcpHeader(byte[] packet, int offset, int available)
        {
            if (available < RtcpHeaderLength)
                throw new SrtpException(SrtpError.TooShort, "RTCP packet of " + available + " octets is shorter than its 8-octet header");
            if ((packet[offset] >> 6) != 2)
                throw new SrtpException(SrtpError.InvalidHeader, "RTCP version " + (packet[offset] >> 6) + " (expected 2)");
        }

        public static int SequenceNumber(byte[] packet, int offset) { return BigEndian.ReadUInt16(packet, offset + 2); }

        public static uint Ssrc(byte[] packet, int offset) { return BigEndian.ReadUInt32(packet, offset + 8); }

        public static uint RtcpSsrc(byte[] packet, int offset) { return BigEndian.ReadUInt32(packet, offset + 4); }

        /// <summary>Writes a 12-octet RTP header (version 2, no padding, extension or CSRC).</summary>
        public static void WriteHeader(byte[] output, int offset, int payloadType, bool marker, int sequenceNumber, uint timestamp, uint ssrc)
        {
            output[offset] = 0x80;
            output[offset + 1] = (byte)((marker ? 0x80 : 0) | (payloadType & 0x7F));
            BigEndian.WriteUInt16(output, offset + 2, sequenceNumber & 0xFFFF);
            BigEndian.WriteUInt32(output, offset + 4, timestamp);
            BigEndian.WriteUInt32(output, offset + 8, ssrc);
        }
    }
}
