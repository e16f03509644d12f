using System;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Srtp;
using MikeyNano.Tests.Mikey;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey
{
    /// <summary>
    /// The crypto sessions of the real 3GPP messages (Streamwide vectors), keyed with their stated SSVs, against an
    /// oracle: RFC 3830 section 4.1.2 PRF written here on .NET's HMAC-SHA-1/256 (OpenSSL), label section 4.1.3.
    /// </summary>
    [TestClass]
    public class SessionKeysOracleTests
    {
        internal static byte[] OraclePrf(int prfFunc, byte[] inkey, byte[] label, int outLength)
        {
            int hlen = prfFunc == 0 ? 20 : 32;
            int m = (outLength + hlen - 1) / hlen;
            byte[] result = new byte[outLength];
            for (int c = 0; c < inkey.Length; c += 32)
            {
                byte[] s = inkey.AsSpan(c, Math.Min(32, inkey.Length - c)).ToArray();
                Func<byte[], byte[]> mac = d => prfFunc == 0 ? HMACSHA1.HashData(s, d) : HMACSHA256.HashData(s, d);
                byte[] a = label;
                byte[] p = new byte[m * hlen];
                for (int i = 0; i < m; i++)
                {
                    a = mac(a);
                    mac([.. a, .. label]).CopyTo(p, i * hlen);
                }
                for (int i = 0; i < outLength; i++) result[i] ^= p[i];
            }
            return result;
        }

        internal static byte[] Label(uint constant, int csId, uint csbId, byte[] rand)
        {
            byte[] l = new byte[9 + rand.Length];
            BigEndian.WriteUInt32(l, 0, constant);
            l[4] = (byte)csId;
            BigEndian.WriteUInt32(l, 5, csbId);
            rand.CopyTo(l, 9);
            return l;
        }

        [TestMethod]
        [DataRow(Ts33180Vectors.GmkHex, "07d1a1677ac36d8e81620484689b3c2d", 4)]
        [DataRow(Ts33180Vectors.CskHex, "e06e65106183547342d3e8a6ce2540a8", 6)]
        public void GenericIdSessionsMatchTheOraclePrf(string messageHex, string ssvHex, int csId)
        {
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(messageHex));
            byte[] ssv = Hex.Decode(ssvHex);
            CryptoSession[] s = SessionKeys.Derive(m, ssv);
            Assert.AreEqual(1, s.Length);
            Assert.AreEqual(csId, s[0].CsId);
            byte[] rand = m.Rand.Rand;
            Assert.AreEqual(Hex.Encode(OraclePrf(1, ssv, Label(0x2AD01C64, csId, m.Header.CsbId, rand), 16)), Hex.Encode(s[0].MasterKey));
            // The 3GPP SP payload asks for AES-GCM with a 12-octet salt (parameter 4 = 0x0c).
            Assert.AreEqual(Hex.Encode(OraclePrf(1, ssv, Label(0x39A2C14B, csId, m.Header.CsbId, rand), 12)), Hex.Encode(s[0].MasterSalt));
        }

        [TestMethod]
        public void SrtpIdSessionsAreNumberedFromOneAndCarrySsrcAndRoc()
        {
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.LegacyGmkHex));
            byte[] ssv = Hex.Decode("07d1a1677ac36d8e81620484689b3c2d");
            CryptoSession[] s = SessionKeys.Derive(m, ssv);
            Assert.AreEqual(2, s.Length);
            Assert.AreEqual(1, s[0].CsId);
            Assert.AreEqual(2, s[1].CsId);
            Assert.AreEqual(0xcafebabeu, s[0].Ssrc);
            for (int i = 0; i < 2; i++)
                Assert.AreEqual(Hex.Encode(OraclePrf(1, ssv, Label(0x2AD01C64, i + 1, m.Header.CsbId, m.Rand.Rand), 16)), Hex.Encode(s[i].MasterKey));
        }

        [TestMethod]
        public void The3gppSecurityPolicyBecomesAeadAes128Gcm()
        {
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.GmkHex));
            SrtpPolicy p = SrtpContextFactory.PolicyOf(m.FindPolicy(0));
            Assert.IsTrue(p.IsAead);
            Assert.AreEqual(16, p.EncryptionKeyLength);
            Assert.AreEqual(12, p.SaltKeyLength);
            Assert.AreEqual(16, p.AeadTagLength);
            // No SP payload: the RFC 3830 defaults (AES-CM-128, HMAC-SHA1, 80-bit tag).
            SrtpPolicy d = SrtpContextFactory.PolicyOf(null);
            Assert.IsFalse(d.IsAead);
            Assert.AreEqual(10, d.AuthTagLength);
        }
    }
}
