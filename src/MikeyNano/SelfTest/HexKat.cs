using MikeyNano.Bytes;

namespace MikeyNano.SelfTest
{
    /// <summary>The encoding layer: hex and big-endian round trips on fixed values.</summary>
    internal sealed class HexKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "Encoding (hex, big-endian)"; } }
        public override string Source { get { return "fixed values"; } }

        public override void Run()
        {
            byte[] b = new byte[8];
            BigEndian.WriteUInt64(b, 0, 0x0123456789ABCDEFUL);
            ExpectHex("UInt64 big-endian", "0123456789abcdef", b);
            Expect("UInt32 read back", BigEndian.ReadUInt32(b, 4) == 0x89ABCDEFu);
            Expect("hex round trip", Hex.Encode(Hex.Decode("00:FF 7f")) == "00ff7f");
        }
    }
}
