using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Curves;

namespace MikeyNano.HostTests.Certificates
{
    /// <summary>Certificates made by .NET's CertificateRequest (an independent DER writer and ECDSA signer) for the
    /// device's X.509 checker: a P-256 issuer and end-entity certificates with a subjectAltName URI and keyUsage.</summary>
    internal static class TestCertificates
    {
        public const long NtpUnixOffset = 2208988800;
        public static readonly DateTimeOffset NotBefore = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset NotAfter = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public static long Ntp(DateTimeOffset t) => t.ToUnixTimeSeconds() + NtpUnixOffset;

        /// <summary>A time inside the validity (2026-12-05; ModeFixtures.Now, 2025-12-31, is inside too).</summary>
        public static long Inside => Ntp(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));

        public sealed record Issuer(ECDsa Key, X500DistinguishedName Name)
        {
            public P256Point PublicKey => PointOf(Key);
        }

        public static Issuer NewIssuer(string cn = "CN=MikeyNano Test CA") => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), new X500DistinguishedName(cn));

        public static P256Point PointOf(ECDsa key)
        {
            ECParameters p = key.ExportParameters(false);
            return P256Point.FromCoordinates(p.Q.X, p.Q.Y);
        }

        /// <summary>An ECDsa key holding the 32-octet private key d (so a test endpoint's static key can be certified).</summary>
        public static ECDsa KeyOf(byte[] d)
        {
            P256Point q = MikeyNano.Ecc.P256KeyPair.FromPrivateKey(d).PublicKey;
            return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d, Q = new ECPoint { X = q.X, Y = q.Y } });
        }

        /// <summary>An end-entity certificate for <paramref name="subjectKey"/> signed by <paramref name="issuer"/>.</summary>
        public static byte[] Issue(Issuer issuer, AsymmetricAlgorithm subjectKey, string uri, X509KeyUsageFlags? usage,
            DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, Action<CertificateRequest>? more = null,
            HashAlgorithmName? hash = null)
        {
            CertificateRequest req = subjectKey switch
            {
                ECDsa ec => new CertificateRequest("CN=" + uri, ec, hash ?? HashAlgorithmName.SHA256),
                RSA rsa => new CertificateRequest("CN=" + uri, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                _ => throw new ArgumentException("key"),
            };
            if (uri != null)
            {
                var san = new SubjectAlternativeNameBuilder();
                san.AddUri(new Uri(uri, UriKind.Absolute));
                req.CertificateExtensions.Add(san.Build());
            }
            if (usage != null) req.CertificateExtensions.Add(new X509KeyUsageExtension(usage.Value, true));
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            more?.Invoke(req);
            using X509Certificate2 c = req.Create(issuer.Name, X509SignatureGenerator.CreateForECDsa(issuer.Key),
                notBefore ?? NotBefore, notAfter ?? NotAfter, new byte[] { 0x01, 0x23, 0x45 });
            return c.RawData;
        }
    }
}
