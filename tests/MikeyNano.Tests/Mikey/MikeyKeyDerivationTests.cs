using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>RFC 3830 4.1.3 traffic-key derivation. Vectors: ../shared/vectors/mikey-prf-and-key-derivation.txt
    /// (two independent implementations agree; the PRF func 1 ENCR/SALT/TEK rows for csb 05A85C16 / 0633F457 are
    /// Streamwide's own unit-test values, sw_mikey_sakke unit_tests/test_key_deriv.cc).</summary>
    [TestClass]
    public class MikeyKeyDerivationTests
    {
        private const string Tgk = "A27B7D578EEB9B1EE7705E385996D300";
        private const string Rand = "4339F62F55AAC86348846A482C893802";

        // constant, cs_id, csb_id, length, PRF func 0 result, PRF func 1 result
        private static readonly uint[] Constants = { 0x2AD01C64, 0x39A2C14B, 0x15798CEF, 0x15798CEF, 0x39A2C14B, 0x2AD01C64, 0x39A2C14B, 0x1B5C7973 };
        private static readonly int[] CsIds = { 4, 4, 4, 0, 0, 4, 4, 4 };
        private static readonly uint[] CsbIds = { 0x05A85C16, 0x05A85C16, 0x05A85C16, 0x05A85C16, 0x05A85C16, 0x0633F457, 0x0633F457, 0x0633F457 };
        private static readonly int[] Lengths = { 16, 12, 16, 16, 12, 16, 12, 20 };
        private static readonly string[] Sha1Results =
        {
            "D25CE897FB774A44B01DE5347DA74AC9", "1576EF5EA016026BCCCEF2AD", "8F31AD4C10F05C65067F0006B9DD53E8",
            "8EB6B621E4531364FF922DC91835C584", "B64EC8D215727B8A40F51655", "D00DACA8FEB1AEC7C3688DADBFFE6A26",
            "588D1470620B8F6D69B9479D", "0390E9659CFD85D256213908FDEF68AE726F0C49"
        };
        private static readonly string[] Sha256Results =
        {
            "6EDBFF7EEADFDC76A8AA673C3C2C4FE7", "1725869B80F370CC9F24E13B", "3924935940C154CCBC3C2AD05C8F5181",
            "F17C80A8D2F9BEFA47CF712603D7229A", "C3B7B561A291A1D3ABEF482B", "59AAA49EBB54813602B7CC165961B4E8",
            "745EB4DF7D155C473114A799", "85BFDB61A39CEC2476BEFA47B858E79A038CFBBE"
        };

        [TestMethod]
        public void LabelIsConstantCsIdCsbIdRand()
        {
            byte[] label = MikeyKeyDerivation.Label(MikeyKeyDerivation.TekConstant, 4, 0x05A85C16, Hex.Decode(Rand));
            Expect.Hex("2AD01C640405A85C164339F62F55AAC86348846A482C893802", label, "label from the vector file");
        }

        [TestMethod]
        public void TrafficKeysMatchVectorsForBothPrfFuncs()
        {
            byte[] tgk = Hex.Decode(Tgk);
            byte[] rand = Hex.Decode(Rand);
            for (int i = 0; i < Constants.Length; i++)
            {
                Expect.Hex(Sha1Results[i], MikeyKeyDerivation.Derive(0, tgk, Constants[i], CsIds[i], CsbIds[i], rand, Lengths[i]), "PRF 0 row " + i);
                Expect.Hex(Sha256Results[i], MikeyKeyDerivation.Derive(1, tgk, Constants[i], CsIds[i], CsbIds[i], rand, Lengths[i]), "PRF 1 row " + i);
            }
            Expect.Hex(Sha256Results[0], MikeyKeyDerivation.DeriveTek(1, tgk, 4, 0x05A85C16, rand, 16), "DeriveTek");
            Expect.Hex(Sha256Results[1], MikeyKeyDerivation.DeriveSalt(1, tgk, 4, 0x05A85C16, rand, 12), "DeriveSalt");
            Expect.Hex(Sha256Results[2], MikeyKeyDerivation.DeriveEncryptionKey(1, tgk, 4, 0x05A85C16, rand, 16), "DeriveEncryptionKey");
            Expect.Hex(Sha1Results[7], MikeyKeyDerivation.DeriveAuthKey(0, tgk, 4, 0x0633F457, rand, 20), "DeriveAuthKey");
        }

        [TestMethod]
        public void TwoChunkTgkMatchesVectors()
        {
            byte[] tgk = new byte[48];
            for (int i = 0; i < tgk.Length; i++) tgk[i] = (byte)i;
            byte[] rand = Hex.Decode(Rand);
            Expect.Hex("92EEBD6F10CE4832248E99F3D56F6B237F5210587134BC33EE3C3BA4103D9E3EE7B799FF33066EFDDD34495A144C",
                MikeyKeyDerivation.DeriveTek(0, tgk, 1, 0x12345678, rand, 46), "PRF 0, 48-octet TGK");
            Expect.Hex("B403C36E90476897F3237A6FEB739DD41A3BDBD0F68C6D1EDECD2331EF48D96B09BDB8141ABEFB3F69C0C52083AA",
                MikeyKeyDerivation.DeriveTek(1, tgk, 1, 0x12345678, rand, 46), "PRF 1, 48-octet TGK");
        }

        [TestMethod]
        public void MessageOverloadsTakePrfCsbIdAndRandFromTheMessage()
        {
            // The CSK vector message: PRF func 1, CSB ID 2ddd5bf0, RAND 4d13...; the same call spelled out must agree.
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.CskHex));
            byte[] csk = Hex.Decode("e06e65106183547342d3e8a6ce2540a8");
            byte[] rand = Hex.Decode("4d13c41798b82de13b701a9697328edd");
            CollectionAssert.AreEqual(MikeyKeyDerivation.DeriveTek(1, csk, 6, 0x2ddd5bf0, rand, 16), MikeyKeyDerivation.DeriveTek(m, csk, 6, 16));
            CollectionAssert.AreEqual(MikeyKeyDerivation.DeriveSalt(1, csk, 6, 0x2ddd5bf0, rand, 12), MikeyKeyDerivation.DeriveSalt(m, csk, 6, 12));
        }

        [TestMethod]
        public void TransportKeysUseCsId0xFFAndUnknownPrfIsInvalidPrf()
        {
            byte[] k = Hex.Decode(Tgk);
            byte[] rand = Hex.Decode(Rand);
            // RFC 3830 4.1.4: the transport label is the traffic label with cs_id = 0xFF.
            CollectionAssert.AreEqual(
                MikeyKeyDerivation.Derive(0, k, MikeyKeyDerivation.TransportEncryptionConstant, 0xFF, 0x05A85C16, rand, 16),
                MikeyKeyDerivation.DeriveTransportKey(0, k, MikeyKeyDerivation.TransportEncryptionConstant, 0x05A85C16, rand, 16));
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { MikeyKeyDerivation.DeriveTek(2, k, 0, 0, rand, 16); });
            Assert.AreEqual(MikeyErrorCode.InvalidPrf, e.ErrorCode);
        }
    }
}
