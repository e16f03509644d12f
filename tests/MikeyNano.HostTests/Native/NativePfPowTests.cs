using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.NativeHost;
using MikeyNano.Sakke;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// mn_sakke_pf_pow (the sender's g^r in PF_p[q]) against the managed PfpPower: the RFC 6508 Appendix A g^r, and
    /// random exponents (a fixed seed) with the parameter set's g (the C's constant combs of g) and with random bases
    /// (the C's windows), bit for bit.
    /// </summary>
    [TestClass]
    public class NativePfPowTests
    {
        [TestMethod]
        public void Rfc6508AppendixA()
        {
            byte[] result = new byte[128];
            Assert.AreEqual(0, NativeBackend.SakkePfPow(result, SakkeParameterSet1.GBytes(), Hex.Decode(MikeyNano.Tests.Sakke.Rfc6508Vectors.R)));
            Assert.AreEqual(MikeyNano.Tests.Sakke.Rfc6508Vectors.GToR, Hex.Encode(result), true);
        }

        [TestMethod]
        public void AgreesWithTheManagedPowerOnRandomInputs() => Agree(false, 6508);

        [TestMethod]
        public void TheParameterSetsGAgreesWithTheManagedPowerOnRandomExponents() => Agree(true, 6509);

        private static void Agree(bool parameterSetG, int seed)
        {
            const int Count = 2000; // each about 4,100 F_p operations managed: 2,000 keep this class near 10 s on 2 cores
            int mismatches = 0;
            Parallel.For(0, 2, part =>
            {
                var rng = new Random(seed * 10 + part);
                IPrimeField f = SakkeParameterSet1.Field;
                var power = new PfpPower(f);
                uint[] t = f.Create(), r = f.Create();
                byte[] g = new byte[128], e = new byte[128], native = new byte[128], managed = new byte[128];
                for (int i = 0; i < Count / 2; i++)
                {
                    if (parameterSetG) SakkeParameterSet1.GBytes().CopyTo(g, 0);
                    else rng.NextBytes(g);
                    g[0] &= 0x7F; // below p (p's top octet is 0x99); the parameter set's g is below 0x80 there already
                    rng.NextBytes(e);
                    if (i == 0) Array.Clear(e);
                    if (i == 1) { Array.Clear(e); e[127] = 1; }
                    f.FromBytes(g, 0, 128, t);
                    power.Power(r, t, e);
                    f.ToBytes(r, managed, 0);
                    Assert.AreEqual(0, NativeBackend.SakkePfPow(native, g, e));
                    if (!native.AsSpan().SequenceEqual(managed)) System.Threading.Interlocked.Increment(ref mismatches);
                }
            });
            Assert.AreEqual(0, mismatches, "g^e differs between mn_sakke_pf_pow and PfpPower");
        }
    }
}
