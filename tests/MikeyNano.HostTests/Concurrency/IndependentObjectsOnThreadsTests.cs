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

        [TestMethod]
        public void ConcurrentSigningAndEcdhShareNoScratch()
        {
            // Signing and ECDH lend one wiped cached context to one caller at a time; the others build their own.
            var keys = Enumerable.Range(1, 8).Select(i => P256KeyPair.FromPrivateKey(Hex.Decode(i.ToString("x2").PadLeft(64, '0')))).ToArray();
            byte[][] hashes = Enumerable.Range(0, 32).Select(i => Hex.Decode(new string((char)('a' + i % 6), 63) + (i % 10))).ToArray();
            string[] expectedSigs = hashes.Select((h, i) => Hex.Encode(EcdsaP256.SignHashDeterministic(keys[i % 8].PrivateKey, h))).ToArray();
            string[] expectedEcdh = keys.Select((k, i) => Hex.Encode(EcdhP256.SharedSecret(k.PrivateKey, keys[(i + 1) % 8].PublicKey))).ToArray();
            int wrong = 0;
            Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                int j = i % 32;
                bool ok = Hex.Encode(EcdsaP256.SignHashDeterministic(keys[j % 8].PrivateKey, hashes[j])) == expectedSigs[j]
                    && EcdsaP256.VerifyHash(keys[j % 8].PublicKey, hashes[j], EcdsaP256.SignHash(keys[j % 8].PrivateKey, hashes[j], SystemRandomSource.Instance))
                    && Hex.Encode(EcdhP256.SharedSecret(keys[j % 8].PrivateKey, keys[(j % 8 + 1) % 8].PublicKey)) == expectedEcdh[j % 8];
                if (!ok) System.Threading.Interlocked.Increment(ref wrong);
            });
            Assert.AreEqual(0, wrong);
        }
    }
}
