using System;
using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using MikeyNano.KmsXml;
using MikeyNano.Sakke;
using MikeyNano.Tests.Eccsi;
using MikeyNano.Tests.Sakke;

namespace MikeyNano.HostTests.KmsXml
{
    /// <summary>A test KMS (the RFC 6508 Appendix A z_T and RFC 6507 Appendix A KSAK, so its certificate holds the
    /// published Z_T and KPAK) with keys issued once for alice in period 700 and bob in period 700, and a TrK and an InK.</summary>
    internal static class TestKms
    {
        public const string KmsUri = "kms.example.org";
        public const string Alice = "sip:alice@example.org";
        public const string Bob = "sip:bob@example.org";
        public const ulong Period = 700;
        public static readonly byte[] Trk = Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        public static readonly byte[] Ink = Hex.Decode("f0e0d0c0b0a090807060504030201000f0e0d0c0b0a090807060504030201000");

        public static readonly SakkeKms Sakke = new(Hex.Decode(Rfc6508Vectors.Z));
        public static readonly EccsiKms Eccsi = new(Hex.Decode(EccsiRfc6507Tests.Ksak));

        public static KmsCertificate Certificate() => new()
        {
            Id = "cert", KmsUri = KmsUri, CertUri = "cert1@" + KmsUri, UserKeyPeriod = 2592000, UserKeyOffset = 0,
            PubEncKey = Sakke.PublicKey, PubAuthKey = Eccsi.Kpak,
        };

        private static readonly Lazy<KmsKeySet> AliceSet = new(() => KmsKeyIssuer.Issue(Sakke, Eccsi, Certificate(), Alice, Period, SystemRandomSource.Instance));
        private static readonly Lazy<KmsKeySet> BobSet = new(() => KmsKeyIssuer.Issue(Sakke, Eccsi, Certificate(), Bob, Period, SystemRandomSource.Instance));

        public static KmsKeySet AliceKeys => AliceSet.Value;
        public static KmsKeySet BobKeys => BobSet.Value;

        public static KmsXmlWriter.Header Header(string userUri) => new()
        {
            UserUri = userUri, KmsUri = KmsUri, Time = new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc),
        };

        public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "kms-xml", name));
    }
}
