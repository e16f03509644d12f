using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Certificates
{
    /// <summary>
    /// The static P-256 public keys of the peers of the profile's public-key modes (MIKEY-ECMQV, MIKEY-ECIES, DH-SIGN;
    /// profile sections 4.1, 5.3, 6.1): provisioned, each bound to its URI, or carried in a CERT payload (X.509v3, cert
    /// type 0) whose issuer is provisioned in <see cref="Certificates"/>. <see cref="Resolve"/> turns an IDR (and the
    /// CERT right after it, if any) into the key, with the RFC 3830 errors of profile section 3.11: 7 for an identity
    /// without a provisioned key, 8 for any certificate that is not accepted (type, structure, issuer, signature,
    /// validity at the message's T, keyUsage, or no subjectAltName URI equal to the IDR).
    /// </summary>
    public sealed class PeerKeyDirectory
    {
        private byte[][] _uris = new byte[0][];
        private P256Point[] _keys = new P256Point[0];
        private readonly CertificateValidator _certificates;

        /// <param name="certificates">the provisioned issuers of CERT payloads; null for an endpoint that accepts none</param>
        public PeerKeyDirectory(CertificateValidator certificates)
        {
            _certificates = certificates;
        }

        /// <summary>The issuers CERT payloads are checked against (null: CERT payloads are refused).</summary>
        public CertificateValidator Certificates { get { return _certificates; } }

        /// <summary>Provisions <paramref name="uri"/>'s static public key (a later entry for the same URI wins).</summary>
        public void Add(string uri, P256Point staticKey)
        {
            if (uri == null || staticKey == null || staticKey.IsInfinity) throw new System.ArgumentException("a peer is a URI and a finite P-256 point");
            int n = _uris.Length;
            byte[][] uris = new byte[n + 1][];
            P256Point[] keys = new P256Point[n + 1];
            System.Array.Copy(_uris, uris, n);
            System.Array.Copy(_keys, keys, n);
            uris[n] = Utf8.Encode(uri);
            keys[n] = staticKey;
            _uris = uris;
            _keys = keys;
        }

        /// <summary>The provisioned key of a URI (UTF-8 octets), or null.</summary>
        public P256Point Find(byte[] uri)
        {
            for (int i = _uris.Length - 1; i >= 0; i--)
                if (uri != null && ConstantTime.AreEqual(_uris[i], uri)) return _keys[i];
            return null;
        }

        /// <summary>The static key of the peer named by <paramref name="idr"/>: from <paramref name="cert"/> when there
        /// is one (checked at NTP time <paramref name="ntpSeconds"/>, keyUsage must have <paramref name="usage"/>, a
        /// subjectAltName URI must equal the IDR), else the provisioned one. MikeyException InvalidId / InvalidCert.</summary>
        public P256Point Resolve(IdrPayload idr, CertPayload cert, ulong ntpSeconds, int usage)
        {
            if (idr == null || idr.IdType != IdPayload.Uri) throw new MikeyException(MikeyErrorCode.InvalidId, "the peer is not named by a URI");
            if (cert == null)
            {
                P256Point key = Find(idr.Data);
                if (key == null) throw new MikeyException(MikeyErrorCode.InvalidId, "no static key is provisioned for " + IdrPayload.RoleName(idr.Role));
                return key;
            }
            if (_certificates == null) throw new MikeyException(MikeyErrorCode.InvalidCert, "this endpoint has no provisioned certificate issuer");
            return new X509PeerCertificates(_certificates, usage).KeyOf(cert, idr.Data, ntpSeconds);
        }
    }
}
