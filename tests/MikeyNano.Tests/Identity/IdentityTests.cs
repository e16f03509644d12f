#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Identity
{
    /// <summary>RFC 6509 identifiers and the 3GPP TS 33.180 Annex F.2.1 UID: the 6 vectors of
    /// ../shared/vectors/ts33180-mikey-sakke-uid.txt (Streamwide StreamwideTestVectors.md Tests 1-5 and
    /// unit_tests/test_uid_format2.cc), the exact hash input S of the first five, and the key period number.</summary>
    [TestClass]
    public class IdentityTests
    {
        private const string Uri = "sip:user@example.org";
        private const string Kms = "kms.example.org";

        [TestMethod]
        public void Rfc6509_AppendixAIdentifier()
        {
            // RFC 6507/6508 Appendix A: "2011-02\0tel:+447700900123\0"
            Expect.Hex("323031312D30320074656C3A2B34343737303039303031323300", Rfc6509Identifier.Create(2011, 2, "tel:+447700900123"), "ID");
            Expect.Hex("323031312D30320074656C3A2B34343737303039303031323300", Rfc6509Identifier.Create("2011-02", "tel:+447700900123"), "ID");
            Expect.Throws(typeof(InvalidEncodingException), delegate { Rfc6509Identifier.Create(2011, 13, "tel:+1"); });
            Expect.Hex("323031312D30320074656C3A2B34343737303039303031323300",
                Rfc6509Identifier.Create(2011, 2, Hex.Decode("74656C3A2B343437373030393030313233")), "ID from URI octets");
            // The URI is checked as octets: a zero octet would let two URIs share an identifier. (A string cannot carry
            // one on nanoFramework: "a" U+0000 "b" is "a" there, so the device test passes the octets.)
            Expect.Throws(typeof(InvalidEncodingException), "zero octet", delegate { Rfc6509Identifier.Create("2011-02", Hex.Decode("610062")); });
            Expect.Throws(typeof(InvalidEncodingException), "non-empty", delegate { Rfc6509Identifier.Create("2011-02", new byte[0]); });
            Expect.Throws(typeof(InvalidEncodingException), "non-empty", delegate { Rfc6509Identifier.Create("2011-02", ""); });
            Expect.Throws(typeof(InvalidEncodingException), "YYYY-MM", delegate { Rfc6509Identifier.Create("2011-0a", "tel:+1"); });
            Expect.Throws(typeof(InvalidEncodingException), "YYYY-MM", delegate { Rfc6509Identifier.Create("2011/02", "tel:+1"); });
        }

        [TestMethod]
        public void Uid_StreamwideTest1()
        {
            Expect.Hex("004d494b45592d53414b4b452d554944000f7369703a75736572406578616d706c652e6f726700146b6d732e6578616d706c652e6f7267000f278d000003000001010001",
                MikeySakkeUid.HashInput(Uri, Kms, 2592000, 0, 1), "S");
            Expect.Hex("74e2af803ab5d72841bbced0ce319ffe64f6fe23c88a2d258aabcf6ac5658ef4", MikeySakkeUid.Compute(Uri, Kms, 2592000, 0, 1), "UID");
        }

        [TestMethod]
        public void Uid_StreamwideTest2()
        {
            Expect.Hex("004d494b45592d53414b4b452d554944000f7369703a75736572406578616d706c652e6f726700146b6d732e6578616d706c652e6f7267000f0a00010000010a0001",
                MikeySakkeUid.HashInput(Uri, Kms, 10, 0, 10), "S");
            Expect.Hex("94fb1a697c15d7e9d6b7062066affebda2d9e346e0090d67525c0c3ce666eafa", MikeySakkeUid.Compute(Uri, Kms, 10, 0, 10), "UID");
        }

        [TestMethod]
        public void Uid_StreamwideTest3()
        {
            Expect.Hex("004d494b45592d53414b4b452d554944000f7369703a75736572406578616d706c652e6f726700146b6d732e6578616d706c652e6f7267000f018b82000004640001010001",
                MikeySakkeUid.HashInput(Uri, Kms, 25920000, 100, 1), "S");
            Expect.Hex("3c0ad8828cfae1ad1d08b27cc7b61258c6cfcd405081b68cd778f1e1c7f562a7", MikeySakkeUid.Compute(Uri, Kms, 25920000, 100, 1), "UID");
        }

        [TestMethod]
        public void Uid_StreamwideTest4()
        {
            Expect.Hex("004d494b45592d53414b4b452d554944000f7369703a75736572406578616d706c652e6f726700146b6d732e6578616d706c652e6f7267000f018b8200000464000108000002",
                MikeySakkeUid.HashInput(Uri, Kms, 25920000, 100, 2048), "S");
            Expect.Hex("c88b3fa5e36a08985d10f7b31a631b0265e8249f0312435e4984dbc3765c7f0c", MikeySakkeUid.Compute(Uri, Kms, 25920000, 100, 2048), "UID");
        }

        [TestMethod]
        public void Uid_StreamwideTest5()
        {
            Expect.Hex("004d494b45592d53414b4b452d554944000f7369703a75736572406578616d706c652e6f726700146b6d732e6578616d706c652e6f7267000f018b8200000402bcaf00000401372f740004",
                MikeySakkeUid.HashInput(Uri, Kms, 25920000, 45920000, 20393844), "S");
            Expect.Hex("8dc05540167345538475101514f4eabd384abd6ba665782abb312ecaf05934e1", MikeySakkeUid.Compute(Uri, Kms, 25920000, 45920000, 20393844), "UID");
        }

        [TestMethod]
        public void Uid_UidFormat2Test()
        {
            Expect.Hex("309d9c5b8e681c330283f85e04dab2ca4daa7dfd125f1d7bf9aa9f4e11fe91af",
                MikeySakkeUid.Compute("alice@org.com", "192.168.4.101:8080", 2592000, 0, 631), "UID");
        }

        [TestMethod]
        public void Uid_MinimalLengthIntegers()
        {
            Expect.Hex("00", MikeySakkeUid.MinimalBigEndian(0), "0");
            Expect.Hex("ff", MikeySakkeUid.MinimalBigEndian(255), "255");
            Expect.Hex("0100", MikeySakkeUid.MinimalBigEndian(256), "256");
            Expect.Hex("ffffffffffffffff", MikeySakkeUid.MinimalBigEndian(ulong.MaxValue), "max");
        }

        [TestMethod]
        public void KeyPeriod_Number()
        {
            // Streamwide KMS: UserKeyPeriod 16777215, offset 0, KeyPeriodNo 236 covers [236 * 16777215, 237 * 16777215)
            Assert.AreEqual(236UL, KeyPeriod.Number(236UL * 16777215UL, 16777215, 0));
            Assert.AreEqual(235UL, KeyPeriod.Number(236UL * 16777215UL - 1, 16777215, 0));
            Assert.AreEqual(1UL, KeyPeriod.Number(100 + 25920000, 25920000, 100));
            Assert.AreEqual(236UL * 16777215UL, KeyPeriod.Start(236, 16777215, 0));
            // 1970-01-01 is NTP second 2208988800 (RFC 5905)
            Assert.AreEqual(2208988800UL, KeyPeriod.NtpSeconds(new DateTime(1970, 1, 1)));
            Expect.Throws(typeof(InvalidKeyException), delegate { KeyPeriod.Number(5, 10, 6); });
            Expect.Throws(typeof(InvalidKeyException), delegate { KeyPeriod.Number(5, 0, 0); });
        }
    }
}
