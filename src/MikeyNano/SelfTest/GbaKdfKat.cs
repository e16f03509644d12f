using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    /// <summary>The TS 33.220 Annex B KDF through its TS 33.180 use: the GUK-ID of a real GMK message.</summary>
    internal sealed class GbaKdfKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "GBA KDF (TS 33.220 Annex B)"; } }
        public override string Source { get { return "Streamwide TS 33.180 vectors, Test 1 GUK-ID"; } }

        public override void Run()
        {
            // GUK-ID = GMK-ID XOR (28 LSB of KDF(GMK, FC 0x50, P0 = "sip:alice@streamwide.com")), purpose tag kept.
            byte[] uri = Hex.Decode("7369703a616c6963654073747265616d776964652e636f6d");
            byte[] k = GbaKdf.Derive(Hex.Decode("07d1a1677ac36d8e81620484689b3c2d"), 0x50, new byte[][] { uri });
            uint gukId = 0x0df9bc39u ^ (BigEndian.ReadUInt32(k, 28) & 0x0FFFFFFFu);
            Expect("GUK-ID is 06a12aea", gukId == 0x06a12aeau);
        }
    }
}
