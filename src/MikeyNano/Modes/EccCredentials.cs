using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Certificates;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// What an endpoint of the profile's signature modes (MIKEY-ECIES, DH-SIGN) holds: its URI, its static P-256 key
    /// pair (it signs SIGN payloads and, in ECIES, opens PKE payloads), optionally its certificate (sent as CERT after
    /// its IDR), the provisioned static keys of its peers and optionally the checker of peers' CERT payloads.
    /// Secret: <see cref="Wipe"/> forgets the private key.
    /// </summary>
    public sealed class EccCredentials
    {
        private readonly byte[] _uri;

        /// <param name="ownUri">our URI (IDRi when we call, IDRr when we are called)</param>
        /// <param name="keyPair">our static key pair (kept, not copied)</param>
        /// <param name="peers">the provisioned peer keys</param>
        public EccCredentials(string ownUri, P256KeyPair keyPair, PeerKeyDirectory peers)
        {
            if (ownUri == null || ownUri.Length == 0) throw new InvalidKeyException("an ECC-mode endpoint needs its URI");
            if (keyPair == null) throw new InvalidKeyException("an ECC-mode endpoint needs its static key pair");
            if (peers == null) throw new System.ArgumentNullException("peers");
            _uri = Utf8.Encode(ownUri);
            KeyPair = keyPair;
            Peers = peers;
        }

        public P256KeyPair KeyPair { get; private set; }
        public PeerKeyDirectory Peers { get; private set; }
        /// <summary>Our DER X.509 certificate, sent as CERT right after our IDR; null sends none.</summary>
        public byte[] Certificate { get; set; }
        /// <summary>Checks peers' CERT payloads; null refuses every CERT (Invalid-CERT).</summary>
        public IPeerCertificates Certificates { get; set; }

        internal byte[] Uri { get { return _uri; } }

        public void Wipe()
        {
            KeyPair.Wipe();
        }

        /// <summary>Adds our IDR of <paramref name="role"/> and, when we have one, our CERT after it.</summary>
        internal void AddIdentity(MikeyMessage m, int role)
        {
            m.Add(new IdrPayload(role, IdPayload.Uri, _uri));
            if (Certificate != null) m.Add(new CertPayload(0, Certificate));
        }

        /// <summary>Invalid-ID unless the IDR of <paramref name="role"/> names us.</summary>
        internal void CheckNamesUs(MikeyMessage m, int role)
        {
            IdrPayload idr = m.FindIdr(role);
            if (idr == null || idr.IdType != IdPayload.Uri || !ConstantTime.AreEqual(idr.Data, _uri))
                throw new MikeyException(MikeyErrorCode.InvalidId, IdrPayload.RoleName(role) + " does not name this endpoint");
        }

        /// <summary>The static key of the peer named by the IDR of <paramref name="role"/>: from the CERT payload right
        /// after it (checked by <see cref="Certificates"/> at T; Invalid-CERT without a checker), else the provisioned
        /// one (Invalid-ID for a URI we were not provisioned with).</summary>
        internal P256Point PeerKey(MikeyMessage m, int role, ulong ntpSeconds)
        {
            for (int i = 0; i < m.PayloadCount; i++)
            {
                IdrPayload idr = m.GetPayload(i) as IdrPayload;
                if (idr == null || idr.Role != role) continue;
                if (idr.IdType != IdPayload.Uri) throw new MikeyException(MikeyErrorCode.InvalidId, IdrPayload.RoleName(role) + ": ID type " + idr.IdType + " is not URI (1)");
                CertPayload cert = i + 1 < m.PayloadCount ? m.GetPayload(i + 1) as CertPayload : null;
                if (cert != null)
                {
                    if (Certificates == null) throw new MikeyException(MikeyErrorCode.InvalidCert, "a CERT payload, and no certificate issuer is provisioned");
                    return Certificates.KeyOf(cert, idr.Data, ntpSeconds);
                }
                P256Point key = Peers.Find(idr.Data);
                if (key == null) throw new MikeyException(MikeyErrorCode.InvalidId, IdrPayload.RoleName(role) + " names a peer whose static key is not provisioned");
                return key;
            }
            throw MikeyException.Malformed("no " + IdrPayload.RoleName(role) + " payload");
        }

        /// <summary>A SIGN payload of the profile's ECDSA type with a placeholder signature, to add last.</summary>
        internal static SignaturePayload UnsignedSign()
        {
            return new SignaturePayload(EccProfile.SignEcdsaP256, new byte[EcdsaP256.SignatureLength]);
        }

        /// <summary>Encodes <paramref name="m"/> (its SIGN last), signs HDR .. SIGN header with our static key (RFC 6979
        /// nonce, profile 3.7) and encodes it again with the signature in place.</summary>
        internal byte[] Sign(MikeyMessage m)
        {
            m.Encode();
            byte[] d = KeyPair.PrivateKey;
            try
            {
                m.Signature.Signature = EcdsaP256.SignHashDeterministic(d, Sha256.Hash(m.GetSignedData()));
            }
            finally
            {
                Secrets.Wipe(d);
            }
            return m.Encode();
        }

        /// <summary>Auth-failure unless the message's SIGN is a profile ECDSA signature (S type 12, r || s of 64
        /// octets) of HDR .. SIGN header under <paramref name="key"/> (profile 3.7).</summary>
        internal static void Verify(MikeyMessage m, P256Point key)
        {
            SignaturePayload sign = m.Signature;
            if (sign.SType != EccProfile.SignEcdsaP256 || sign.Signature.Length != EcdsaP256.SignatureLength)
                throw new MikeyException(MikeyErrorCode.AuthFailure, "SIGN: S type " + sign.SType + " of " + sign.Signature.Length
                    + " octets is not ECDSA P-256 r || s (S type " + EccProfile.SignEcdsaP256 + ", 64 octets)");
            if (!EcdsaP256.VerifyHash(key, Sha256.Hash(m.GetSignedData()), sign.Signature))
                throw new MikeyException(MikeyErrorCode.AuthFailure, "SIGN: the ECDSA signature does not verify under the peer's static key");
        }
    }
}
