using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Ciphers
{
    /// <summary>AES key wrap against the published vectors: RFC 3394 section 4.1 to 4.6 (all KEK and data sizes) and
    /// RFC 5649 section 6 (20 and 7 octets under a 192-bit KEK; the second is the one-block case), both directions;
    /// and the refusals: any altered octet, a wrong KEK, a length indicator out of range, non-zero padding, bad lengths.</summary>
    [TestClass]
    public class AesKeyWrapVectorTests
    {
        private const string Kek128 = "000102030405060708090A0B0C0D0E0F";
        private const string Kek192 = "000102030405060708090A0B0C0D0E0F1011121314151617";
        private const string Kek256 = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
        private const string Data128 = "00112233445566778899AABBCCDDEEFF";
        private const string Data192 = "00112233445566778899AABBCCDDEEFF0001020304050607";
        private const string Data256 = "00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F";

        // RFC 5649 section 6.
        private const string Rfc5649Kek = "5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8";
        private const string Rfc5649Key20 = "c37b7e6492584340bed12207808941155068f738";
        private const string Rfc5649Wrap20 = "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a";
        private const string Rfc5649Key7 = "466f7250617369";
        private const string Rfc5649Wrap7 = "afbeb0f07dfbf5419200f2ccb50bb24f";

        private static void Check3394(string kek, string data, string wrapped)
        {
            Expect.Hex(wrapped, AesKeyWrap.Wrap(Hex.Decode(kek), Hex.Decode(data)), "wrap under " + kek);
            Expect.Hex(data, AesKeyWrap.Unwrap(Hex.Decode(kek), Hex.Decode(wrapped)), "unwrap under " + kek);
        }

        [TestMethod]
        public void Rfc3394Section41Kek128Data128() { Check3394(Kek128, Data128, "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"); }

        [TestMethod]
        public void Rfc3394Section42Kek192Data128() { Check3394(Kek192, Data128, "96778B25AE6CA435F92B5B97C050AED2468AB8A17AD84E5D"); }

        [TestMethod]
        public void Rfc3394Section43Kek256Data128() { Check3394(Kek256, Data128, "64E8C3F9CE0F5BA263E9777905818A2A93C8191E7D6E8AE7"); }

        [TestMethod]
        public void Rfc3394Section44Kek192Data192() { Check3394(Kek192, Data192, "031D33264E15D33268F24EC260743EDCE1C6C7DDEE725A936BA814915C6762D2"); }

        [TestMethod]
        public void Rfc3394Section45Kek256Data192() { Check3394(Kek256, Data192, "A8F9BC1612C68B3FF6E6F4FBE30E71E4769C8B80A32CB8958CD5D17D6B254DA1"); }

        [TestMethod]
        public void Rfc3394Section46Kek256Data256() { Check3394(Kek256, Data256, "28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21"); }

        [TestMethod]
        public void Rfc5649Section6TwentyOctets()
        {
            Expect.Hex(Rfc5649Wrap20, AesKeyWrap.WrapWithPadding(Hex.Decode(Rfc5649Kek), Hex.Decode(Rfc5649Key20)), "wrap");
            Expect.Hex(Rfc5649Key20, AesKeyWrap.UnwrapWithPadding(Hex.Decode(Rfc5649Kek), Hex.Decode(Rfc5649Wrap20)), "unwrap");
        }

        [TestMethod]
        public void Rfc5649Section6SevenOctetsIsOneAesBlock()
        {
            Expect.Hex(Rfc5649Wrap7, AesKeyWrap.WrapWithPadding(Hex.Decode(Rfc5649Kek), Hex.Decode(Rfc5649Key7)), "wrap");
            Expect.Hex(Rfc5649Key7, AesKeyWrap.UnwrapWithPadding(Hex.Decode(Rfc5649Kek), Hex.Decode(Rfc5649Wrap7)), "unwrap");
        }

        [TestMethod]
        public void EveryAlteredOctetOfAPaddedWrapIsRefused()
        {
            byte[] kek = Hex.Decode(Rfc5649Kek);
            for (int i = 0; i < 32; i++)
            {
                byte[] wrapped = Hex.Decode(Rfc5649Wrap20);
                wrapped[i] ^= (byte)(1 << (i % 8));
                Expect.Throws(typeof(AuthenticationException), "integrity", delegate { AesKeyWrap.UnwrapWithPadding(kek, wrapped); });
            }
            byte[] one = Hex.Decode(Rfc5649Wrap7);
            one[15] ^= 0x80;
            Expect.Throws(typeof(AuthenticationException), delegate { AesKeyWrap.UnwrapWithPadding(kek, one); });
        }

        [TestMethod]
        public void AWrongKekOrTheOtherVariantIsRefused()
        {
            byte[] otherKek = Hex.Decode(Rfc5649Kek);
            otherKek[0] ^= 1;
            Expect.Throws(typeof(AuthenticationException), delegate { AesKeyWrap.UnwrapWithPadding(otherKek, Hex.Decode(Rfc5649Wrap20)); });
            // An RFC 3394 wrap carries the A6A6... IV, not the RFC 5649 AIV, and the reverse: neither unwraps as the other.
            byte[] plain3394 = Hex.Decode("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
            Expect.Throws(typeof(AuthenticationException), delegate { AesKeyWrap.UnwrapWithPadding(Hex.Decode(Kek128), plain3394); });
            Expect.Throws(typeof(AuthenticationException), delegate { AesKeyWrap.Unwrap(Hex.Decode(Rfc5649Kek), Hex.Decode(Rfc5649Wrap20)); });
        }

        /// <summary>Wraps an AIV that a correct sender never produces, with the RFC 3394 rounds directly.</summary>
        private static byte[] WrapRaw(byte[] kek, string ivAndPadded)
        {
            byte[] buffer = Hex.Decode(ivAndPadded);
            Aes aes = new Aes(kek);
            if (buffer.Length == 16) aes.EncryptBlock(buffer, 0, buffer, 0);
            else AesKeyWrapRounds.Wrap(aes, buffer, new byte[16]);
            return buffer;
        }

        [TestMethod]
        public void ALengthIndicatorOutOfRangeOrNonZeroPaddingIsRefused()
        {
            byte[] kek = Hex.Decode(Kek128);
            // Control: a well-formed AIV with MLI 20 over 24 padded octets unwraps to the 20 octets.
            Expect.Hex(Rfc5649Key20, AesKeyWrap.UnwrapWithPadding(kek, WrapRaw(kek, "A65959A600000014" + Rfc5649Key20 + "00000000")), "control");
            string[] bad =
            {
                "A65959A600000019" + Rfc5649Key20 + "00000000",   // MLI 25 > 8 n = 24
                "A65959A600000010" + Rfc5649Key20 + "00000000",   // MLI 16 = 8 (n - 1), not above it
                "A65959A600000000" + Rfc5649Key20 + "00000000",   // MLI 0
                "A65959A6FFFFFFFF" + Rfc5649Key20 + "00000000",   // MLI 2^32 - 1
                "A65959A600000014" + Rfc5649Key20 + "00000100",   // a non-zero padding octet
                "A65959A700000014" + Rfc5649Key20 + "00000000",   // AIV prefix altered
                "A65959A600000007" + "466f725061736901",          // one block, padding octet 01
                "A65959A600000009" + "466f725061736900",          // one block, MLI 9 > 8
            };
            for (int i = 0; i < bad.Length; i++)
            {
                byte[] wrapped = WrapRaw(kek, bad[i]);
                Expect.Throws(typeof(AuthenticationException), delegate { AesKeyWrap.UnwrapWithPadding(kek, wrapped); });
            }
        }

        [TestMethod]
        public void MalformedLengthsAndKeysAreRefusedWithTypedErrors()
        {
            byte[] kek = Hex.Decode(Kek128);
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.UnwrapWithPadding(kek, new byte[8]); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.UnwrapWithPadding(kek, new byte[17]); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.UnwrapWithPadding(kek, null); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.WrapWithPadding(kek, new byte[0]); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.Unwrap(kek, new byte[16]); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.Wrap(kek, new byte[8]); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { AesKeyWrap.Wrap(kek, new byte[20]); });
            Expect.Throws(typeof(InvalidKeyException), delegate { AesKeyWrap.WrapWithPadding(new byte[20], new byte[8]); });
            Expect.Throws(typeof(InvalidKeyException), delegate { AesKeyWrap.UnwrapWithPadding(null, new byte[16]); });
        }
    }
}
