using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Hashing;

namespace MikeyNano.Certificates
{
    /// <summary>
    /// Checks X.509 certificates against provisioned issuers with the device's own code (issue 14 Deliver 3): parse
    /// (<see cref="X509Certificate.Parse"/>), find the issuer (a provisioned issuer whose name, when one was
    /// provisioned, equals the certificate's issuer name octet for octet), verify the ECDSA P-256 / SHA-256 signature
    /// over tbsCertificate under that issuer's key, check that the time given lies in [notBefore, notAfter], that the
    /// keyUsage extension (when present) has every usage asked for, and, when asked, that a subjectAltName URI
    /// equals the identity. There are no chains: the issuer is the trust anchor, provisioned as its public key.
    /// Refusals are <see cref="CertificateException"/> with a <see cref="CertificateError"/> reason.
    /// </summary>
    public sealed class CertificateValidator
    {
        private P256Point[] _keys = new P256Point[0];
        private byte[][] _names = new byte[0][];

        /// <summary>Provisions an issuer by its P-256 public key; <paramref name="subjectName"/> is its Name (DER) or
        /// null to try this key for any issuer name.</summary>
        public void AddIssuer(P256Point key, byte[] subjectName)
        {
            if (key == null || key.IsInfinity) throw new System.ArgumentException("an issuer key is a finite P-256 point");
            int n = _keys.Length;
            P256Point[] keys = new P256Point[n + 1];
            byte[][] names = new byte[n + 1][];
            System.Array.Copy(_keys, keys, n);
            System.Array.Copy(_names, names, n);
            keys[n] = key;
            names[n] = subjectName == null ? null : (byte[])subjectName.Clone();
            _keys = keys;
            _names = names;
        }

        public int IssuerCount { get { return _keys.Length; } }

        /// <summary>The parsed certificate if it passes every check at NTP time <paramref name="ntpSeconds"/>.
        /// <paramref name="requiredUsage"/>: X509Certificate.Usage* bits that keyUsage must have (0 for none);
        /// <paramref name="uri"/>: a URI a subjectAltName entry must equal, or null.</summary>
        public X509Certificate Check(byte[] der, long ntpSeconds, int requiredUsage, string uri)
        {
            X509Certificate c = X509Certificate.Parse(der);
            CheckSignature(c);
            if (ntpSeconds < c.NotBefore)
                throw new CertificateException(CertificateError.NotYetValid, "certificate: not valid before NTP " + c.NotBefore + ", now " + ntpSeconds);
            if (ntpSeconds > c.NotAfter)
                throw new CertificateException(CertificateError.Expired, "certificate: expired at NTP " + c.NotAfter + ", now " + ntpSeconds);
            if (c.KeyUsage != X509Certificate.UsageAny && (c.KeyUsage & requiredUsage) != requiredUsage)
                throw new CertificateException(CertificateError.KeyUsage, "certificate: keyUsage bits " + c.KeyUsage + " lack " + requiredUsage);
            if (uri != null && !HasUri(c, uri))
                throw new CertificateException(CertificateError.IdentityMismatch, "certificate: no subjectAltName URI is " + uri);
            return c;
        }

        private void CheckSignature(X509Certificate c)
        {
            byte[] digest = Sha256.Hash(c.SignedPart);
            bool named = false;
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_names[i] != null && !ConstantTime.AreEqual(_names[i], c.IssuerName)) continue;
                named = true;
                if (EcdsaP256.VerifyHash(_keys[i], digest, c.Signature)) return;
            }
            if (!named) throw new CertificateException(CertificateError.UnknownIssuer, "certificate: its issuer is not provisioned");
            throw new CertificateException(CertificateError.BadSignature, "certificate: the signature does not verify under a provisioned issuer key");
        }

        private static bool HasUri(X509Certificate c, string uri)
        {
            for (int i = 0; i < c.UriNames.Length; i++)
                if (c.UriNames[i] == uri) return true;
            return false;
        }
    }
}
