#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Sakke
{
    /// <summary>KMS-issued keys for random identifiers validate and round-trip an SSV; every kind of bad input is
    /// rejected with a typed exception and never yields a key.</summary>
    [TestClass]
    public class SakkeRoundTripTests
    {
        private static byte[] RandomBytes(CounterRandomSource rng, int n)
        {
            byte[] b = new byte[n];
            rng.Fill(b, 0, n);
            return b;
        }

        [TestMethod]
        public void RandomKmsAndIdentifiers_RoundTrip_PlainAndTables()
        {
            CounterRandomSource rng = new CounterRandomSource(6508);
            SakkeKms kms = SakkeKms.Generate(rng);
            for (int i = 0; i < 2; i++)
            {
                byte[] id = RandomBytes(rng, 20 + 7 * i);
                byte[] rsk = kms.IssueRsk(id);
                SakkeReceiver receiver = new SakkeReceiver(kms.PublicKey, id, rsk, i == 1);
                byte[] ssv = SakkeSender.GenerateSsv(rng);
                byte[] sed = new SakkeSender(kms.PublicKey, i == 0).Encapsulate(ssv, id);
                Assert.AreEqual(273, sed.Length);
                CollectionAssert.AreEqual(ssv, receiver.Decapsulate(sed));
            }
        }

        private static SakkeReceiver AppendixAReceiver(bool precompute)
        {
            return new SakkeReceiver(Hex.Decode(Rfc6508Vectors.ZT), Hex.Decode(Rfc6508Vectors.B), Hex.Decode(Rfc6508Vectors.Rsk), precompute);
        }

        [TestMethod]
        public void FlippedBitInH_IsRejected()
        {
            SakkeReceiver receiver = AppendixAReceiver(true);
            byte[] sed = Hex.Decode(Rfc6508Vectors.Sed);
            for (int bit = 0; bit < 128; bit += 37)
            {
                byte[] bad = (byte[])sed.Clone();
                bad[257 + bit / 8] ^= (byte)(1 << (bit % 8));
                Expect.Throws(typeof(DecapsulationException), delegate { receiver.Decapsulate(bad); });
            }
        }

        [TestMethod]
        public void FlippedBitInR_IsRejected()
        {
            SakkeReceiver receiver = AppendixAReceiver(true);
            byte[] sed = Hex.Decode(Rfc6508Vectors.Sed);
            int[] bits = new int[] { 8, 500, 1030, 2047 };
            for (int i = 0; i < bits.Length; i++)
            {
                byte[] bad = (byte[])sed.Clone();
                bad[1 + bits[i] / 8] ^= (byte)(1 << (bits[i] % 8));
                // a flipped coordinate bit leaves E (InvalidPointException) or, should it land on E, fails the check
                Expect.Throws(typeof(MikeyNanoException), delegate { receiver.Decapsulate(bad); });
                Expect.Throws(typeof(InvalidPointException), delegate { receiver.Decapsulate(bad); });
            }
            byte[] prefix = (byte[])sed.Clone();
            prefix[0] = 0x02;
            Expect.Throws(typeof(InvalidPointException), delegate { receiver.Decapsulate(prefix); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { receiver.Decapsulate(Octets.Slice(sed, 0, 272)); });
        }

        [TestMethod]
        public void OtherPointOfE_AsR_FailsTheCheck()
        {
            // -R is on E, so only the mandatory check [r]([b]P + Z) == R can reject it
            SakkeReceiver receiver = AppendixAReceiver(false);
            byte[] sed = Hex.Decode(Rfc6508Vectors.Sed);
            SakkeCurve c = new SakkeCurve(SakkeParameterSet1.Field);
            SakkePoint r = c.Decode(sed, 0, 257);
            SakkeParameterSet1.Field.Neg(r.Y, r.Y);
            byte[] bad = Octets.Concat(c.Encode(r), Octets.Slice(sed, 257, 16));
            Expect.Throws(typeof(DecapsulationException), delegate { receiver.Decapsulate(bad); });
        }

        [TestMethod]
        public void WrongRsk_IsRejected()
        {
            byte[] zt = Hex.Decode(Rfc6508Vectors.ZT);
            byte[] b = Hex.Decode(Rfc6508Vectors.B);
            SakkeKms kms = new SakkeKms(Hex.Decode(Rfc6508Vectors.Z));
            byte[] otherRsk = kms.IssueRsk(Hex.Decode("00112233"));
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeReceiver(zt, b, otherRsk, false); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeReceiver(zt, b, otherRsk, true); });
            byte[] offCurve = Hex.Decode(Rfc6508Vectors.Rsk);
            offCurve[200] ^= 1;
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeReceiver(zt, b, offCurve, false); });
            // an RSK from another KMS
            SakkeKms other = SakkeKms.Generate(new CounterRandomSource(7));
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeReceiver(zt, b, other.IssueRsk(b), false); });
        }

        [TestMethod]
        public void DataForAnotherIdentifier_IsRejected()
        {
            SakkeKms kms = new SakkeKms(Hex.Decode(Rfc6508Vectors.Z));
            byte[] other = Hex.Decode("0102030405");
            SakkeReceiver receiver = new SakkeReceiver(kms.PublicKey, other, kms.IssueRsk(other), true);
            Expect.Throws(typeof(DecapsulationException), delegate { receiver.Decapsulate(Hex.Decode(Rfc6508Vectors.Sed)); });
        }

        [TestMethod]
        public void BadKmsKeys_AreRejected()
        {
            byte[] zt = Hex.Decode(Rfc6508Vectors.ZT);
            zt[5] ^= 0x40;
            Expect.Throws(typeof(InvalidPointException), delegate { new SakkeSender(zt, false); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeKms(new byte[] { 1 }); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new SakkeKms(SakkeParameterSet1.QBytes); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { new SakkeSender(Hex.Decode(Rfc6508Vectors.ZT), false).Encapsulate(new byte[15], new byte[] { 1 }); });
        }
    }
}
