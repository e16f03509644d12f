using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Eccsi;
using MikeyNano.Tests.Eccsi;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Oracles.P256Scalars;

namespace MikeyNano.HostTests.Secrets
{
    /// <summary>Issue 11 Medium 6, as an attacker does it: two signatures made under an RNG that repeats its output, and
    /// the long-term key solved from them with the public values alone (BigInteger arithmetic mod q). Each test first
    /// runs the algebra on two signatures that do share the nonce (a control: the recovery works when j or k repeats),
    /// then on the library's two signatures, where it must not give the key.</summary>
    [TestClass]
    public sealed class RepeatedRngKeyRecoveryTests
    {
        /// <summary>RFC 6507 5.2.1 step 4, s = j / (HE + r SSK), written for two signatures with the same j (so the same
        /// r): s1 (HE1 + r SSK) = s2 (HE2 + r SSK), hence SSK = (s2 HE2 - s1 HE1) / (r (s1 - s2)) mod q. HE = hash(HS ||
        /// r || M) is public: HS follows from KPAK, ID and PVT (5.1.2). Null when the two r differ (no shared j to solve
        /// for).</summary>
        static BigInteger? EccsiSskFrom(byte[] m1, byte[] sig1, byte[] m2, byte[] sig2)
        {
            BigInteger r1 = Big(sig1, 0), r2 = Big(sig2, 0);
            if (r1 != r2) return null;
            BigInteger s1 = Big(sig1, 32), s2 = Big(sig2, 32);
            BigInteger he1 = Mod(He(sig1, m1)), he2 = Mod(He(sig2, m2));
            return Mod((s2 * he2 - s1 * he1) * Inv(r1 * (s1 - s2)));
        }

        static BigInteger He(byte[] sig, byte[] m)
        {
            byte[] input = Octets.Concat(Hex.Decode(EccsiRfc6507Tests.Hs), Octets.Slice(sig, 0, 32), m);
            return Big(SHA256.HashData(input));
        }

        static EccsiSigner Signer() => new EccsiSigner(Hex.Decode(EccsiRfc6507Tests.Kpak), Hex.Decode(EccsiRfc6507Tests.Id),
            Hex.Decode(EccsiRfc6507Tests.Ssk), Hex.Decode(EccsiRfc6507Tests.Pvt));

        [TestMethod]
        public void EccsiSsk_IsNotRecoverable_FromTwoSignaturesUnderARepeatingRng()
        {
            BigInteger ssk = Big(Hex.Decode(EccsiRfc6507Tests.Ssk));
            byte[] m1 = Ascii.Bytes("call set-up 1"), m2 = Ascii.Bytes("call set-up 2");
            // control: the RFC's j used twice (SignWith, the known-answer seam) gives the SSK away
            byte[] j = Hex.Decode(EccsiRfc6507Tests.J);
            EccsiSigner signer = Signer();
            Assert.AreEqual(ssk, EccsiSskFrom(m1, signer.SignWith(m1, 0, m1.Length, j), m2, signer.SignWith(m2, 0, m2.Length, j)),
                "control: the algebra recovers SSK from two signatures with one j");
            // the library under an RNG that gives the same octets on every call (two such RNGs, 48 and 64 octets)
            foreach (RepeatingRandomSource rng in new[] { RepeatingRandomSource.FromSeed(6507, 48), RepeatingRandomSource.FromSeed(1, 64) })
            {
                byte[] sig1 = signer.Sign(m1, rng), sig2 = signer.Sign(m2, rng);
                BigInteger? recovered = EccsiSskFrom(m1, sig1, m2, sig2);
                Assert.IsNull(recovered, "the two signatures share r = Jx, so they share j" +
                    (recovered == ssk ? ", and the algebra gave the exact SSK " + recovered.Value.ToString("X") : ""));
            }
        }

        /// <summary>RFC 6507 5.1.1, SSK = KSAK + HS v mod q, for two identifiers issued with one v (their PVTs = [v]G are
        /// then equal): v = (SSK1 - SSK2) / (HS1 - HS2) and KSAK = SSK1 - HS1 v. Two colluding users hold both SSKs; HS is
        /// public (KPAK, ID, PVT). Null when the PVTs differ.</summary>
        static BigInteger? KsakFrom(byte[] kpak, byte[] id1, byte[] ssk1, byte[] pvt1, byte[] id2, byte[] ssk2, byte[] pvt2)
        {
            if (Hex.Encode(pvt1) != Hex.Encode(pvt2)) return null;
            BigInteger hs1 = Mod(Big(SHA256.HashData(Octets.Concat(Octets.Concat(Hex.Decode(G), kpak), id1, pvt1))));
            BigInteger hs2 = Mod(Big(SHA256.HashData(Octets.Concat(Octets.Concat(Hex.Decode(G), kpak), id2, pvt2))));
            BigInteger v = Mod((Big(ssk1) - Big(ssk2)) * Inv(hs1 - hs2));
            return Mod(Big(ssk1) - hs1 * v);
        }

        const string G = "046B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C2964FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5";

        [TestMethod]
        public void EccsiKsak_IsNotRecoverable_FromTwoUsersIssuedUnderARepeatingRng()
        {
            byte[] ksak = Hex.Decode(EccsiRfc6507Tests.Ksak);
            var kms = new EccsiKms(ksak);
            byte[] kpak = kms.Kpak, alice = Ascii.Bytes("2011-02\0tel:+447700900123"), bob = Ascii.Bytes("2011-02\0tel:+447700900456");
            // control: the RFC's v used for both (IssueWith, the known-answer seam) gives KSAK to the two users
            byte[] v = Hex.Decode(EccsiRfc6507Tests.V);
            byte[] ssk1 = kms.IssueWith(alice, v, out byte[] pvt1), ssk2 = kms.IssueWith(bob, v, out byte[] pvt2);
            Assert.AreEqual(Big(ksak), KsakFrom(kpak, alice, ssk1, pvt1, bob, ssk2, pvt2), "control: the algebra recovers KSAK from two users with one v");
            var rng = RepeatingRandomSource.FromSeed(6507, 48);
            ssk1 = kms.Issue(alice, rng, out pvt1);
            ssk2 = kms.Issue(bob, rng, out pvt2);
            BigInteger? recovered = KsakFrom(kpak, alice, ssk1, pvt1, bob, ssk2, pvt2);
            Assert.IsNull(recovered, "the two users' PVTs are equal, so they share v" +
                (recovered == Big(ksak) ? ", and the algebra gave the KMS's KSAK" : ""));
        }

        /// <summary>ECDSA (FIPS 186-4 6.4): s = k^-1 (e + r d). One k for two digests: k = (e1 - e2) / (s1 - s2) and
        /// d = (s1 k - e1) / r.</summary>
        static BigInteger? EcdsaKeyFrom(byte[] e1, byte[] sig1, byte[] e2, byte[] sig2)
        {
            BigInteger r1 = Big(sig1, 0), r2 = Big(sig2, 0);
            if (r1 != r2) return null;
            BigInteger s1 = Big(sig1, 32), s2 = Big(sig2, 32), h1 = Big(e1, 0), h2 = Big(e2, 0);
            BigInteger k = Mod((h1 - h2) * Inv(s1 - s2));
            return Mod((s1 * k - h1) * Inv(r1));
        }

        [TestMethod]
        public void EcdsaKey_IsNotRecoverable_FromTwoSignaturesUnderARepeatingRng()
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] d = key.ExportParameters(true).D!;
            byte[] e1 = SHA256.HashData(Ascii.Bytes("sample")), e2 = SHA256.HashData(Ascii.Bytes("test"));
            // control: two textbook signatures with one k (r = x(kG) from .NET: the public key of the scalar k)
            BigInteger kc = Big(Hex.Decode("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60"));
            BigInteger r = Mod(Big(XOfMultiple(Be(kc))));
            byte[] Textbook(byte[] e) => Octets.Concat(Be(r), Be(Mod(Inv(kc) * (Big(e, 0) + r * Big(d, 0)))));
            Assert.AreEqual(Big(d, 0), EcdsaKeyFrom(e1, Textbook(e1), e2, Textbook(e2)), "control: the algebra recovers d from two signatures with one k");
            var rng = RepeatingRandomSource.FromSeed(6979, 32);
            byte[] sig1 = EcdsaP256.SignHash(d, e1, rng), sig2 = EcdsaP256.SignHash(d, e2, rng);
            BigInteger? recovered = EcdsaKeyFrom(e1, sig1, e2, sig2);
            Assert.IsNull(recovered, "the two signatures share r, so they share k" +
                (recovered == Big(d, 0) ? ", and the algebra gave the exact private key" : ""));
        }
    }
}
