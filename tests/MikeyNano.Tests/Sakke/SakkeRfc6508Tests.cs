#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Sakke
{
    /// <summary>Every intermediate and final value of RFC 6508 Appendix A, and the parameter set 1 checks of RFC 6509
    /// Appendix A (P on E, &lt;P,P&gt; == g).</summary>
    [TestClass]
    public class SakkeRfc6508Tests
    {
        private static IPrimeField F { get { return SakkeParameterSet1.Field; } }

        private static byte[] Encode(SakkeCurve c, SakkeJacobianPoint p)
        {
            SakkePoint a = new SakkePoint(F);
            c.ToAffine(a, p);
            return c.Encode(a);
        }

        private static byte[] ElementBytes(uint[] e)
        {
            byte[] r = new byte[F.ByteLength];
            F.ToBytes(e, r, 0);
            return r;
        }

        [TestMethod]
        public void ParameterSet1_POnCurve_AndQIsOrderOfP()
        {
            SakkeCurve c = new SakkeCurve(F);
            SakkePoint p = c.Decode(SakkeParameterSet1.PBytes());
            Assert.IsTrue(c.IsOnCurve(p.X, p.Y), "P on E");
            // [q-1]P == -P, i.e. P has order q (the multiplier takes scalars below q)
            byte[] qm1 = SakkeParameterSet1.QBytes;
            qm1[qm1.Length - 1] -= 1;
            SakkeJacobianPoint r = new SakkeJacobianPoint(F);
            new SakkeScalarMultiplier(c).Multiply(r, p, qm1);
            SakkePoint a = new SakkePoint(F);
            c.ToAffine(a, r);
            CollectionAssert.AreEqual(ElementBytes(p.X), ElementBytes(a.X), "x([q-1]P) == x(P)");
            F.Add(a.Y, a.Y, p.Y);
            Assert.IsTrue(F.IsZero(a.Y) != 0, "y([q-1]P) == -y(P)");
        }

        [TestMethod]
        public void Pairing_PP_IsG()
        {
            SakkeCurve c = new SakkeCurve(F);
            SakkePoint p = c.Decode(SakkeParameterSet1.PBytes());
            uint[] w = F.Create();
            new TatePairing(F).Compute(w, p, p);
            Expect.Hex(SakkeParameterSet1.GHex, ElementBytes(w), "<P,P> (plain pairing)");
            new RskPairingTable(F, p).Compute(w, p);
            Expect.Hex(SakkeParameterSet1.GHex, ElementBytes(w), "<P,P> (precomputed lines)");
        }

        [TestMethod]
        public void Kms_PublicKeyAndRsk()
        {
            SakkeKms kms = new SakkeKms(Hex.Decode(Rfc6508Vectors.Z));
            Expect.Hex(Rfc6508Vectors.ZT, kms.PublicKey, "Z_T = [z]P");
            Expect.Hex(Rfc6508Vectors.Rsk, kms.IssueRsk(Hex.Decode(Rfc6508Vectors.B)), "RSK = [(b + z)^-1]P");
        }

        [TestMethod]
        public void HashToIntegerRange_R_AndMask()
        {
            byte[] s = Octets.Concat(Hex.Decode(Rfc6508Vectors.Ssv), Hex.Decode(Rfc6508Vectors.B));
            Expect.Hex(Rfc6508Vectors.R, HashToIntegerRange.ModField(s, SakkeParameterSet1.Order, 1022), "r = HTIR(SSV || b, q)");
            Expect.Hex(Rfc6508Vectors.Mask, HashToIntegerRange.ModPowerOfTwo(Hex.Decode(Rfc6508Vectors.GToR), 128), "mask = HTIR(g^r, 2^128)");
        }

        [TestMethod]
        public void Encapsulation_Intermediates()
        {
            SakkeCurve c = new SakkeCurve(F);
            SakkePoint p = c.Decode(SakkeParameterSet1.PBytes());
            SakkePoint z = c.Decode(Hex.Decode(Rfc6508Vectors.ZT));
            SakkeScalarMultiplier mul = new SakkeScalarMultiplier(c);
            // [b]P + Z
            SakkeJacobianPoint acc = new SakkeJacobianPoint(F);
            mul.Multiply(acc, p, Hex.Decode(Rfc6508Vectors.B));
            c.AddMixedPublic(acc, acc, z);
            SakkePoint qb = new SakkePoint(F);
            c.ToAffine(qb, acc);
            // R = [r]([b]P + Z)
            mul.Multiply(acc, qb, Hex.Decode(Rfc6508Vectors.R));
            Expect.Hex("04" + Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby, Encode(c, acc), "R_(b,S)");
            // g^r in PF_p
            uint[] g = F.Create();
            byte[] gb = SakkeParameterSet1.GBytes();
            F.FromBytes(gb, 0, gb.Length, g);
            uint[] gr = F.Create();
            new PfpPower(F).Power(gr, g, Hex.Decode(Rfc6508Vectors.R));
            Expect.Hex(Rfc6508Vectors.GToR, ElementBytes(gr), "g^r");
            // the combs give the same R, both as [r]Q_b and as [rb]P + [r]Z
            SakkeCombTable qComb = new SakkeCombTable(c, qb, 8);
            qComb.Multiply(acc, Hex.Decode(Rfc6508Vectors.R));
            Expect.Hex("04" + Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby, Encode(c, acc), "R via comb of [b]P + Z");
        }

        [TestMethod]
        public void Encapsulate_BothPaths_GiveSed()
        {
            byte[] zt = Hex.Decode(Rfc6508Vectors.ZT);
            byte[] b = Hex.Decode(Rfc6508Vectors.B);
            byte[] ssv = Hex.Decode(Rfc6508Vectors.Ssv);
            Expect.Hex(Rfc6508Vectors.Sed, new SakkeSender(zt, false).Encapsulate(ssv, b), "SED, plain path");
            Expect.Hex(Rfc6508Vectors.Sed, new SakkeSender(zt, true).Encapsulate(ssv, b), "SED, precomputed combs");
        }

        [TestMethod]
        public void Decapsulate_PairingValue_AndSsv()
        {
            SakkeCurve c = new SakkeCurve(F);
            SakkePoint rPoint = c.Decode(Hex.Decode("04" + Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby));
            SakkePoint rsk = c.Decode(Hex.Decode(Rfc6508Vectors.Rsk));
            uint[] w = F.Create();
            new TatePairing(F).Compute(w, rPoint, rsk);
            Expect.Hex(Rfc6508Vectors.GToR, ElementBytes(w), "w = <R, RSK> == g^r");

            byte[] zt = Hex.Decode(Rfc6508Vectors.ZT);
            byte[] b = Hex.Decode(Rfc6508Vectors.B);
            byte[] rskBytes = Hex.Decode(Rfc6508Vectors.Rsk);
            byte[] sed = Hex.Decode(Rfc6508Vectors.Sed);
            Expect.Hex(Rfc6508Vectors.Ssv, new SakkeReceiver(zt, b, rskBytes, false).Decapsulate(sed), "SSV, plain path");
            Expect.Hex(Rfc6508Vectors.Ssv, new SakkeReceiver(zt, b, rskBytes, true).Decapsulate(sed), "SSV, precomputed tables");
        }
    }
}
