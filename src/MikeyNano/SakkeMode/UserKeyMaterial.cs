using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Sakke;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// A radio's own keys for one key period, as the KMS provisioned them (TS 33.180 KmsKeySet): its URI and
    /// identifier, its KMS, the SAKKE receiver secret key (RSK) and the ECCSI signing pair (SSK, PVT). Both keys are
    /// validated when this object is built (RFC 6508 section 6.1.2, RFC 6507 section 5.1.2): a key that does not
    /// validate throws <see cref="InvalidKeyException"/> and nothing is kept. Building it also builds the precomputed
    /// tables when <c>precompute</c> is set (see docs/benchmarks.md for their size), so calls in the key period are fast.
    /// </summary>
    public sealed class UserKeyMaterial
    {
        private readonly SakkeReceiver _receiver;
        private readonly EccsiSigner _signer;

        public UserKeyMaterial(string uri, byte[] identifier, KmsPublicKeys kms, byte[] rsk, byte[] ssk, byte[] pvt, bool precompute)
        {
            if (uri == null || uri.Length == 0) throw new InvalidKeyException("user keys: empty URI");
            if (kms == null) throw new InvalidKeyException("user keys: no KMS");
            Uri = uri;
            Identifier = (byte[])identifier.Clone();
            Kms = kms;
            Precompute = precompute;
            _receiver = new SakkeReceiver(kms.SakkePublicKey, identifier, rsk, precompute);
            try
            {
                _signer = new EccsiSigner(kms.Kpak, identifier, ssk, pvt, precompute);
            }
            catch (MikeyNanoException)
            {
                _receiver.Wipe();
                throw;
            }
        }

        public string Uri { get; private set; }
        /// <summary>Whether the per-key-period tables are built: the responder's ECCSI verifier and the initiator's
        /// SAKKE sender follow it too, and so does every P-256 multiplication by G (ECCSI key validation, signing and
        /// verification), so a small device (no PSRAM) builds and uses no table anywhere.</summary>
        internal bool Precompute { get; private set; }
        /// <summary>The identifier the keys were issued for (RFC 6509 date||URI, or the 3GPP UID).</summary>
        public byte[] Identifier { get; private set; }
        public KmsPublicKeys Kms { get; private set; }

        internal SakkeReceiver Receiver { get { return _receiver; } }
        internal EccsiSigner Signer { get { return _signer; } }

        /// <summary>Octets of precomputed tables held for this key period.</summary>
        public int TableMemoryBytes { get { return _receiver.TableMemoryBytes; } }

        /// <summary>Zeroizes the secret keys; the object is unusable afterwards.</summary>
        public void Wipe()
        {
            _receiver.Wipe();
            _signer.Wipe();
        }
    }
}
