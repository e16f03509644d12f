using System;
using System.Collections.Generic;
using System.IO;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>Writes a classic libpcap file (linktype 1, Ethernet) holding one IPv4/UDP packet per payload, sent to
    /// the MIKEY port 2269. IPv4 header checksum computed; UDP checksum 0 (allowed over IPv4, RFC 768).</summary>
    public static class PcapWriter
    {
        public static void Write(string path, IReadOnlyList<byte[]> udpPayloads, int dstPort = 2269)
        {
            using var f = new BinaryWriter(File.Create(path));
            f.Write(0xa1b2c3d4u); f.Write((ushort)2); f.Write((ushort)4); f.Write(0); f.Write(0u); f.Write(65535u); f.Write(1u);
            for (int i = 0; i < udpPayloads.Count; i++)
            {
                byte[] frame = Frame(udpPayloads[i], (ushort)i, dstPort);
                f.Write((uint)(1_700_000_000 + i)); f.Write(0u); f.Write((uint)frame.Length); f.Write((uint)frame.Length);
                f.Write(frame);
            }
        }

        private static byte[] Frame(byte[] payload, ushort id, int dstPort)
        {
            int udpLen = 8 + payload.Length, ipLen = 20 + udpLen;
            if (ipLen > 65535) throw new ArgumentException("payload too large for one IPv4 datagram");
            var b = new byte[14 + ipLen];
            byte[] mac1 = { 0x02, 0, 0, 0, 0, 2 }, mac2 = { 0x02, 0, 0, 0, 0, 1 };
            Array.Copy(mac1, 0, b, 0, 6); Array.Copy(mac2, 0, b, 6, 6);
            b[12] = 0x08; b[13] = 0x00;
            int ip = 14;
            b[ip] = 0x45; Put16(b, ip + 2, ipLen); Put16(b, ip + 4, id); b[ip + 8] = 64; b[ip + 9] = 17;
            byte[] src = { 10, 0, 0, 1 }, dst = { 10, 0, 0, 2 };
            Array.Copy(src, 0, b, ip + 12, 4); Array.Copy(dst, 0, b, ip + 16, 4);
            uint sum = 0;
            for (int i = 0; i < 20; i += 2) sum += (uint)((b[ip + i] << 8) | b[ip + i + 1]);
            while (sum > 0xFFFF) sum = (sum & 0xFFFF) + (sum >> 16);
            Put16(b, ip + 10, (int)(~sum & 0xFFFF));
            int udp = ip + 20;
            Put16(b, udp, 40000); Put16(b, udp + 2, dstPort); Put16(b, udp + 4, udpLen);
            Array.Copy(payload, 0, b, udp + 8, payload.Length);
            return b;
        }

        private static void Put16(byte[] b, int o, int v) { b[o] = (byte)(v >> 8); b[o + 1] = (byte)v; }
    }
}
