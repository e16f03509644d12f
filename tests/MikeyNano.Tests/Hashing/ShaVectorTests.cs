using MikeyNano.Bytes;
using MikeyNano.Hashing;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Hashing
{
    /// <summary>FIPS 180-4 / NIST CSRC example values ("abc", the 448-bit message, one million 'a', and the empty string)
    /// for SHA-1 and SHA-256, one-shot and fed in pieces that straddle block boundaries.</summary>
    [TestClass]
    public class ShaVectorTests
    {
        private const string Msg448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

        [TestMethod]
        public void Sha1NistExamples()
        {
            Expect.Hex("a9993e364706816aba3e25717850c26c9cd0d89d", Sha1.Hash(Ascii.Bytes("abc")), "abc");
            Expect.Hex("84983e441c3bd26ebaae4aa1f95129e5e54670f1", Sha1.Hash(Ascii.Bytes(Msg448)), "448-bit");
            Expect.Hex("da39a3ee5e6b4b0d3255bfef95601890afd80709", Sha1.Hash(new byte[0]), "empty");
        }

        [TestMethod]
        public void Sha256NistExamples()
        {
            Expect.Hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.Hash(Ascii.Bytes("abc")), "abc");
            Expect.Hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Sha256.Hash(Ascii.Bytes(Msg448)), "448-bit");
            Expect.Hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.Hash(new byte[0]), "empty");
        }

        [TestMethod]
        public void OneMillionAInUnevenPieces()
        {
            // FIPS 180-4 examples: one million repetitions of 'a', fed in 1000 pieces of 1000 octets (not block multiples).
            byte[] piece = Ascii.Repeat((byte)'a', 1000);
            Sha1 s1 = new Sha1();
            Sha256 s256 = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                s1.Update(piece, 0, piece.Length);
                s256.Update(piece, 0, piece.Length);
            }
            byte[] d1 = new byte[20];
            byte[] d256 = new byte[32];
            s1.Final(d1, 0);
            s256.Final(d256, 0);
            Expect.Hex("34aa973cd4c4daa4f61eeb2bdbad27316534016f", d1, "SHA-1 million a");
            Expect.Hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", d256, "SHA-256 million a");
        }

        [TestMethod]
        public void IncrementalOctetByOctetAndFinalResets()
        {
            byte[] m = Ascii.Bytes(Msg448);
            Sha256 h = new Sha256();
            for (int i = 0; i < m.Length; i++) h.Update(m, i, 1);
            byte[] d = new byte[40];
            h.Final(d, 8);
            Expect.Hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Octets.Slice(d, 8, 32), "448-bit by octets at offset 8");
            // Final reset the object: the next message starts fresh.
            h.Update(Ascii.Bytes("abc"), 0, 3);
            h.Final(d, 0);
            Expect.Hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Octets.Slice(d, 0, 32), "abc after reset");
            Sha1 s = new Sha1();
            s.Update(m, 0, 5);
            s.Reset();
            s.Update(Ascii.Bytes("abc"), 0, 3);
            s.Final(d, 0);
            Expect.Hex("a9993e364706816aba3e25717850c26c9cd0d89d", Octets.Slice(d, 0, 20), "SHA-1 abc after Reset");
        }

        [TestMethod]
        public void BadRangesThrowTypedExceptions()
        {
            Sha256 h = new Sha256();
            Expect.Throws(typeof(MikeyNano.Errors.InvalidEncodingException), delegate { h.Update(new byte[4], 2, 3); });
            Expect.Throws(typeof(MikeyNano.Errors.InvalidEncodingException), delegate { h.Final(new byte[31], 0); });
        }
    }
}
