#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Eccsi
{
    /// <summary>RFC 6507 Appendix A (ECCSI, P-256, SHA-256), via ../shared/vectors/rfc6507-eccsi-appendixA.txt: every
    /// intermediate and final value; then rejections of tampered signatures and keys.</summary>
    [TestClass]
    public class EccsiRfc6507Tests
    {
        public const string Ksak = "0000000000000000000000000000000000000000000000000000000000012345";
        public const string Kpak = "0450D4670BDE75244F28D2838A0D25558A7A72686D4522D4C8273FB6442AEBFA93DBDD37551AFD263B5DFD617F3960C65A8C298850FF99F20366DCE7D4367217F4";
        public const string Id = "323031312D30320074656C3A2B34343737303039303031323300";
        public const string V = "0000000000000000000000000000000000000000000000000000000000023456";
        public const string Pvt = "04758A142779BE89E829E71984CB40EF758CC4AD775FC5B9A3E1C8ED52F6FA36D9A79D247692F4EDA3A6BDAB77D6AA6474A464AE4934663C5265BA7018BA091F79";
        public const string Hs = "490F3FEBBC1C902F6289723D7F8CBF79DB88930849D19F38F0295B5C276C14D1";
        public const string Ssk = "23F374AE1F4033F3E9DBDDAAEF20F4CF0B86BBD5A138A5AE9E7E006B34489A0D";
        public const string M = "6D65737361676500";
        public const string J = "0000000000000000000000000000000000000000000000000000000000034567";
        public const string Jx = "269D4C8FDEB66A74E4EF8C0D5DCC597DDFE6029C2AFFC4936008CD2CC1045D81";
        public const string Jy = "6DDA6A1310F4B067BD5DABDAD741B7CEF36457E196B1BFA97FD5F8FBB3926ADB";
        public const string He = "111F90EAE8271C96DF9B3D6726768D9EE9B18145D7EC152CFA9C23D1C4F02285";
        public const string S = "E09B528D0EF8D6DF1AA3ECBF80110CFCEC9FC68252CEBB679F4134846940CCFD";
        public const string Signature = Jx + S + Pvt;

        [TestMethod]
        public void Kms_Kpak_Pvt_Hs_Ssk()
        {
            EccsiKms kms = new EccsiKms(Hex.Decode(Ksak));
            Expect.Hex(Kpak, kms.Kpak, "KPAK = [KSAK]G");
            byte[] pvt;
            byte[] ssk = kms.IssueWith(Hex.Decode(Id), Hex.Decode(V), out pvt);
            Expect.Hex(Pvt, pvt, "PVT = [v]G");
            Expect.Hex(Hs, EccsiHashes.Hs(Hex.Decode(Kpak), Hex.Decode(Id), Hex.Decode(Pvt)), "HS");
            Expect.Hex(Ssk, ssk, "SSK = KSAK + HS v");
        }

        [TestMethod]
        public void Signer_ValidatesKeys_AndSigns()
        {
            SignsTheAppendixVector(true);
        }

        /// <summary>The same vector on the small-device path: no G table for validation, [j]G or anything else.</summary>
        [TestMethod]
        public void Signer_WithoutTables_SignsTheSameVector()
        {
            SignsTheAppendixVector(false);
        }

        private static void SignsTheAppendixVector(bool precompute)
        {
            EccsiSigner signer = new EccsiSigner(Hex.Decode(Kpak), Hex.Decode(Id), Hex.Decode(Ssk), Hex.Decode(Pvt), precompute);
            Expect.Hex(Hs, signer.Hs, "cached HS");
            P256Point jPoint = new P256(precompute).MultiplyBase(Hex.Decode(J));
            Expect.Hex(Jx, jPoint.X, "Jx");
            Expect.Hex(Jy, jPoint.Y, "Jy");
            Expect.Hex(He, EccsiHashes.He(Hex.Decode(Hs), Hex.Decode(Jx), 0, Hex.Decode(M), 0, 8), "HE");
            byte[] m = Hex.Decode(M);
            Expect.Hex(Signature, signer.SignWith(m, 0, m.Length, Hex.Decode(J)), "signature r || s || PVT");
        }

        [TestMethod]
        public void Verifier_AcceptsTheSignature_BothPaths()
        {
            byte[] m = Hex.Decode(M);
            byte[] sig = Hex.Decode(Signature);
            new EccsiVerifier(Hex.Decode(Kpak), false).Verify(m, 0, m.Length, sig, 0, Hex.Decode(Id));
            new EccsiVerifier(Hex.Decode(Kpak), true).Verify(m, 0, m.Length, sig, 0, Hex.Decode(Id));
        }

        [TestMethod]
        public void Verifier_RejectsTampering()
        {
            byte[] m = Hex.Decode(M);
            byte[] id = Hex.Decode(Id);
            EccsiVerifier v = new EccsiVerifier(Hex.Decode(Kpak), true);
            for (int bit = 0; bit < 8 * 64; bit += 61)
            {
                byte[] sig = Hex.Decode(Signature);
                sig[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.IsFalse(v.IsValid(m, 0, m.Length, sig, 0, id), "flipped bit " + bit + " of r || s");
            }
            byte[] m2 = Hex.Decode(M);
            m2[0] ^= 1;
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m2, 0, m2.Length, Hex.Decode(Signature), 0, id); });
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, m.Length, Hex.Decode(Signature), 0, Hex.Decode("00")); });
        }

        [TestMethod]
        public void Verifier_RangeChecks_AndPvtOffCurve()
        {
            byte[] m = Hex.Decode(M);
            byte[] id = Hex.Decode(Id);
            EccsiVerifier v = new EccsiVerifier(Hex.Decode(Kpak), false);
            byte[] q = P256.Order;
            byte[] zero = new byte[32];
            // r = 0, r = q, s = 0, s = q
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, Octets.Concat(zero, Hex.Decode(S + Pvt)), 0, id); });
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, Octets.Concat(q, Hex.Decode(S + Pvt)), 0, id); });
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, Octets.Concat(Hex.Decode(Jx), zero, Hex.Decode(Pvt)), 0, id); });
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, Octets.Concat(Hex.Decode(Jx), q, Hex.Decode(Pvt)), 0, id); });
            byte[] bad = Hex.Decode(Signature);
            bad[128] ^= 1; // PVT's y: off the curve
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, bad, 0, id); });
            Expect.Throws(typeof(SignatureException), delegate { v.Verify(m, 0, 8, Octets.Slice(bad, 0, 128), 0, id); });
        }

        [TestMethod]
        public void Signer_RejectsKeysThatDoNotMatchKpak()
        {
            byte[] kpak = Hex.Decode(Kpak), id = Hex.Decode(Id), ssk = Hex.Decode(Ssk), pvt = Hex.Decode(Pvt);
            byte[] badSsk = (byte[])ssk.Clone();
            badSsk[31] ^= 1;
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(kpak, id, badSsk, pvt); });
            byte[] otherPvt = new P256().MultiplyBase(Hex.Decode("0123")).EncodeUncompressed();
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(kpak, id, ssk, otherPvt); });
            byte[] offCurve = (byte[])pvt.Clone();
            offCurve[64] ^= 1;
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(kpak, id, ssk, offCurve); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(kpak, Hex.Decode("00"), ssk, pvt); });
            byte[] otherKpak = new EccsiKms(Hex.Decode("0777")).Kpak;
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(otherKpak, id, ssk, pvt); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new EccsiSigner(kpak, id, P256.Order, pvt); });
        }

        [TestMethod]
        public void RandomKeys_RoundTrip()
        {
            CounterRandomSource rng = new CounterRandomSource(6507);
            EccsiKms kms = EccsiKms.Generate(rng);
            EccsiVerifier plain = new EccsiVerifier(kms.Kpak, false);
            EccsiVerifier fast = new EccsiVerifier(kms.Kpak, true);
            for (int i = 0; i < 4; i++)
            {
                byte[] id = new byte[10 + i];
                rng.Fill(id, 0, id.Length);
                byte[] pvt;
                byte[] ssk = kms.Issue(id, rng, out pvt);
                EccsiSigner signer = new EccsiSigner(kms.Kpak, id, ssk, pvt);
                byte[] msg = new byte[50 * i + 1];
                rng.Fill(msg, 0, msg.Length);
                byte[] sig = signer.Sign(msg, rng);
                Assert.IsTrue(plain.IsValid(msg, 0, msg.Length, sig, 0, id), "plain verify");
                Assert.IsTrue(fast.IsValid(msg, 0, msg.Length, sig, 0, id), "table verify");
                msg[0] ^= 0x80;
                Assert.IsFalse(fast.IsValid(msg, 0, msg.Length, sig, 0, id), "tampered message");
            }
        }
    }
}
