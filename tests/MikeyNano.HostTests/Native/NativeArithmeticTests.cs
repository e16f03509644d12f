using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Native;
using MikeyNano.NativeHost;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// How the library decides between the native backend and managed code (MikeyNano.Core NativeArithmetic): the
    /// firmware's InternalCalls, which throw where there is no backend (here on .NET), mean managed; a backend of the
    /// expected interface version is used, one of another version or one that throws is not; Enabled = false turns it
    /// off. Not parallel with other classes: the choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeArithmeticTests
    {
        private sealed class FixedVersion : UnusedKernels
        {
            private readonly int _version;
            public int Calls;
            public FixedVersion(int version) { _version = version; }
            public override int Version() { Calls++; return _version; }
        }

        private sealed class Throwing : UnusedKernels
        {
            public override int Version() { throw new NotSupportedException(); }
        }

        [TestCleanup]
        public void Restore()
        {
            NativeArithmetic.Use(null);
            NativeArithmetic.Enabled = true;
        }

        [TestMethod]
        public void FirmwareCallsOnDotNetMeanManaged()
        {
            NativeArithmetic.Use(null);
            Assert.ThrowsExactly<System.Security.SecurityException>(() => new FirmwareKernels().Version());
            Assert.IsFalse(NativeArithmetic.IsPresent);
            Assert.IsNull(NativeArithmetic.Kernels);
        }

        [TestMethod]
        public void TheSharedLibraryIsUsedThroughTheSeam()
        {
            Assert.IsTrue(HostNativeArithmetic.Enable(), "libmikeynano_native did not load or has another version");
            Assert.IsTrue(NativeArithmetic.IsPresent);
            Assert.IsNotNull(NativeArithmetic.Kernels);
            Assert.AreEqual(NativeArithmetic.ExpectedVersion, NativeArithmetic.Kernels!.Version());
            NativeArithmetic.Enabled = false;
            Assert.IsNull(NativeArithmetic.Kernels, "disabled, yet a backend is handed out");
            NativeArithmetic.Enabled = true;
            Assert.IsNotNull(NativeArithmetic.Kernels);
            HostNativeArithmetic.Disable();
            Assert.IsNull(NativeArithmetic.Kernels);
        }

        [TestMethod]
        public void ABackendOfAnotherVersionIsNotUsed()
        {
            NativeArithmetic.Use(new FixedVersion(NativeArithmetic.ExpectedVersion + 1));
            Assert.IsFalse(NativeArithmetic.IsPresent);
            Assert.IsNull(NativeArithmetic.Kernels);
        }

        [TestMethod]
        public void ABackendThatThrowsIsNotUsed()
        {
            NativeArithmetic.Use(new Throwing());
            Assert.IsFalse(NativeArithmetic.IsPresent);
            Assert.IsNull(NativeArithmetic.Kernels);
        }

        [TestMethod]
        public void TheBackendIsAskedOnce()
        {
            var k = new FixedVersion(NativeArithmetic.ExpectedVersion);
            NativeArithmetic.Use(k);
            for (int i = 0; i < 5; i++) Assert.AreSame(k, NativeArithmetic.Kernels);
            Assert.IsTrue(NativeArithmetic.IsPresent);
            Assert.AreEqual(1, k.Calls);
        }
    }
}
