using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Tests.Sakke;
using MikeyNano.Native;
using MikeyNano.NativeHost;

namespace MikeyNano.Tests.NativePath
{
    /// <summary>
    /// Switches the library to the native backend for this whole test run (the device-compatible tests compiled a second
    /// time), and checks that the native path is taken: with it, P-256 and SAKKE operations do (almost) no managed
    /// field arithmetic, which the field-operation counter shows.
    /// </summary>
    [TestClass]
    public class NativePath
    {
        [AssemblyInitialize]
        public static void UseTheNativeBackend(TestContext context)
        {
            if (!HostNativeArithmetic.Enable())
                throw new InvalidOperationException("libmikeynano_native did not load or speaks another interface version: the native path cannot be tested");
        }

        [AssemblyCleanup]
        public static void BackToManaged()
        {
            HostNativeArithmetic.Disable();
        }

        [TestMethod]
        public void TheBackendIsInUse()
        {
            Assert.IsTrue(NativeArithmetic.IsPresent);
            Assert.IsNotNull(NativeArithmetic.Kernels);
        }

        [TestMethod]
        public void P256MultiplicationsDoNoManagedFieldWork()
        {
            var ctx = new MikeyNano.Curves.P256(false);
            byte[] k = new byte[32];
            for (int i = 0; i < 32; i++) k[i] = (byte)(0x5A + 7 * i);
            long muls = Count(() => ctx.MultiplyBase(k));
            Assert.IsTrue(muls < 50, "[k]G did " + muls + " managed field multiplications: the native path was not taken");
        }

        [TestMethod]
        public void SakkeDecapsulationDoesNoManagedPairing()
        {
            // the RFC 6508 Appendix A receiver; managed, a table-free decapsulation costs about 38,000 multiplications
            var receiver = new MikeyNano.Sakke.SakkeReceiver(Hex.Decode(Rfc6508Vectors.ZT), Hex.Decode(Rfc6508Vectors.B),
                Hex.Decode(Rfc6508Vectors.Rsk), false);
            byte[] ssv = null;
            long muls = Count(() => ssv = receiver.Decapsulate(Hex.Decode(Rfc6508Vectors.Sed)));
            Assert.AreEqual(Rfc6508Vectors.Ssv, Hex.Encode(ssv), true);
            Assert.IsTrue(muls < 2000, "decapsulation did " + muls + " managed field multiplications: the native path was not taken");
        }

        [TestMethod]
        public void EccsiVerificationIsOneNativeSum()
        {
            // RFC 6507 Appendix A; managed, J costs thousands of P-256 field operations (about 5,700 table-free)
            byte[] m = Hex.Decode(MikeyNano.Tests.Eccsi.EccsiRfc6507Tests.M), sig = Hex.Decode(MikeyNano.Tests.Eccsi.EccsiRfc6507Tests.Signature);
            foreach (bool precompute in new[] { false, true })
            {
                var verifier = new MikeyNano.Eccsi.EccsiVerifier(Hex.Decode(MikeyNano.Tests.Eccsi.EccsiRfc6507Tests.Kpak), precompute);
                long muls = Count(() => verifier.Verify(m, 0, m.Length, sig, 0, Hex.Decode(MikeyNano.Tests.Eccsi.EccsiRfc6507Tests.Id)));
                Assert.IsTrue(muls < 40, "ECCSI verification did " + muls + " managed field multiplications: J was not one native call");
                sig[40] ^= 1; // s changed: J changes, the signature must fail on the native path too
                bool valid = true;
                muls = Count(() => valid = verifier.IsValid(m, 0, m.Length, sig, 0, Hex.Decode(MikeyNano.Tests.Eccsi.EccsiRfc6507Tests.Id)));
                Assert.IsFalse(valid);
                Assert.IsTrue(muls < 40, "the rejection did " + muls + " managed field multiplications");
                sig[40] ^= 1;
            }
        }

        private static long Count(Action op)
        {
            lock (typeof(FieldOps))
            {
                FieldOps.Reset();
                FieldOps.Enabled = true;
                try { op(); }
                finally { FieldOps.Enabled = false; }
                return FieldOps.Multiplications + FieldOps.Squarings;
            }
        }
    }
}
