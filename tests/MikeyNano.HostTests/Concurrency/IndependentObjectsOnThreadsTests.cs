using System.Linq;
using System.Threading.Tasks;
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
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

        [TestMethod]
        public void ConcurrentEcdsaVerificationsShareNoScratch()
        {
            // EcdsaP256.VerifyHash lends one cached context to one caller at a time; the others build their own.
            var key = P256KeyPair.Generate(SystemRandomSource.Instance);
            byte[][] hashes = Enumerable.Range(0, 64).Select(i => Hex.Decode(new string((char)('a' + i % 6), 64))).ToArray();
            byte[][] sigs = hashes.Select(h => EcdsaP256.SignHashDeterministic(key.PrivateKey, h)).ToArray();
            int wrong = 0;
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                int j = i % 64;
                bool good = EcdsaP256.VerifyHash(key.PublicKey, hashes[j], sigs[j]);
                bool bad = EcdsaP256.VerifyHash(key.PublicKey, hashes[(j + 1) % 64], sigs[j]) && hashes[(j + 1) % 64][0] != hashes[j][0];
                if (!good || bad) System.Threading.Interlocked.Increment(ref wrong);
            });
            Assert.AreEqual(0, wrong);
        }
    }
}
