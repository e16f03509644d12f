#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Entropy;
using MikeyNano.SelfTest;

namespace MikeyNano.Tests.Srtp
{
    /// <summary>The power-on self-test includes the SRTP known-answer tests, and they pass.</summary>
    [TestClass]
    public class SrtpSelfTestTests
    {
        [TestMethod]
        public void PowerOnSelfTestRunsAndPassesTheSrtpKats()
        {
            SelfTestResult[] results = PowerOnSelfTest.Run(new DeviceRandomSource());
            int srtp = 0;
            for (int i = 0; i < results.Length; i++)
            {
                if (results[i].Algorithm.IndexOf("SRTP") != 0) continue;
                srtp++;
                Assert.IsTrue(results[i].Passed, results[i].Algorithm + ": " + results[i].Detail);
            }
            Assert.AreEqual(2, srtp);
        }
    }
}
