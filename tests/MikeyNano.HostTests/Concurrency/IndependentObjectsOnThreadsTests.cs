using System.Linq;
using System.Threading.Tasks;
using MikeyNano.Bytes;
using MikeyNano.Sakke;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Concurrency
{
    /// <summary>Objects are not thread-safe, but separate objects on separate threads must not share hidden state (a
    /// shared field instance with scratch space once made concurrent SAKKE operations compute wrong values).</summary>
    [TestClass]
    public class IndependentObjectsOnThreadsTests
    {
        [TestMethod]
        public void ConcurrentSakkeKmsAndDecapsulationGiveTheSequentialResults()
        {
            string Work(int seed)
            {
                SakkeKms kms = SakkeKms.Generate(new CounterRandomSource((ulong)seed));
                byte[] id = Hex.Decode("0102030405060708");
                var receiver = new SakkeReceiver(kms.PublicKey, id, kms.IssueRsk(id), false);
                var sender = new SakkeSender(kms.PublicKey, false);
                byte[] ssv = Hex.Decode("00112233445566778899aabbccddeeff");
                return Hex.Encode(kms.PublicKey) + Hex.Encode(receiver.Decapsulate(sender.Encapsulate(ssv, id)));
            }
            string[] sequential = Enumerable.Range(1, 4).Select(Work).ToArray();
            string[] parallel = new string[4];
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Work(i + 1));
            CollectionAssert.AreEqual(sequential, parallel);
            Assert.IsTrue(sequential[0].EndsWith("00112233445566778899aabbccddeeff"));
        }
    }
}
