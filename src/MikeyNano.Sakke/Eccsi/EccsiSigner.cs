using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Eccsi
{
    /// <summary>
    /// A user's ECCSI signing key for one key period: (SSK, PVT) issued for an identifier by the KMS whose public key is
    /// KPAK. The constructor validates the pair (RFC 6507 5.1.2: PVT on the curve, [SSK]G == [HS]PVT + KPAK) and caches
    /// HS; a pair that does not validate throws <see cref="InvalidKeyException"/>. <see cref="Sign(byte[], int, int, IRandomSource)"/>
    /// follows 5.2.1 with a hedged j (RFC 6979 with the RNG's octets as additional input), J = [j]G on the shared
    /// precomputed table of G. Constant-time in SSK and j. Not thread-safe. It keeps SSK, PVT
    /// and HS until <see cref="Wipe"/> (SSK is then zero); j and every intermediate of a signature are wiped from its
    /// working context when the call ends, on every path (docs/security.md).
    /// </summary>
    public sealed class EccsiSigner
    {
        private readonly P256ContextSlot _slot; // the working context: kept with precomputation, else per call
        private P256 Ctx { get { return _slot.Context; } }
        private readonly uint[] _ssk;
        private readonly byte[] _pvt;
        private readonly byte[] _hs;

        public EccsiSigner(byte[] kpak, byte[] identifier, byte[] ssk, byte[] pvt) : this(kpak, identifier, ssk, pvt, true)
        {
        }

        /// <summary>As the other constructor; precompute false keeps [SSK]G and J = [j]G off G's shared table (57 KB),
        /// for devices without the memory for it: a fixed-window ladder instead, about six times slower.</summary>
        public EccsiSigner(byte[] kpak, byte[] identifier, byte[] ssk, byte[] pvt, bool precompute)
        {
            _slot = new P256ContextSlot(precompute);
            MontgomeryField n = Ctx.Scalars;
            P256Point kpakPoint = EccsiVerifier.DecodePoint(kpak, "KPAK");
            P256Point pvtPoint;
            try { pvtPoint = P256Point.Decode(pvt, 0, pvt == null ? 0 : pvt.Length); }
            catch (InvalidEncodingException e) { throw new InvalidKeyException("ECCSI: PVT encoding: " + e.Message); }
            catch (InvalidPointException e) { throw new InvalidKeyException("ECCSI: PVT is not a point of P-256: " + e.Message); }
            if (ssk == null || ssk.Length != 32) throw new InvalidKeyException("ECCSI: SSK must be 32 octets");
            _ssk = n.Create();
            bool built = false;
            try
            {
                try { n.FromBytes(ssk, 0, 32, _ssk); }
                catch (InvalidEncodingException) { throw new InvalidKeyException("ECCSI: SSK is not below q"); }
                if (n.IsZero(_ssk) != 0) throw new InvalidKeyException("ECCSI: SSK is zero");
                _pvt = pvtPoint.EncodeUncompressed();
                byte[] kpakEncoded = kpakPoint.EncodeUncompressed();
                _hs = EccsiHashes.Hs(kpakEncoded, identifier, _pvt);
                // RFC 6507 5.1.2: [SSK]G == [HS]PVT + KPAK
                P256Point left = Ctx.MultiplyBase(ssk);
                P256Point right = Ctx.Add(Ctx.MultiplyAddPublic(new byte[] { 0 }, _hs, pvtPoint), kpakPoint);
                if (!left.Equals(right))
                    throw new InvalidKeyException("ECCSI: (SSK, PVT) does not validate against KPAK: [SSK]G != [HS]PVT + KPAK");
                built = true;
            }
            finally
            {
                if (!built) Secrets.Wipe(_ssk); // a key that failed validation is not kept
                _slot.Done();
                if (!built) DroppedScratch.Dropping(this);
            }
        }

        /// <summary>HS = hash(G || KPAK || ID || PVT), cached at validation (a copy).</summary>
        internal byte[] Hs { get { return (byte[])_hs.Clone(); } }

        /// <summary>PVT, 0x04 || x || y (a copy).</summary>
        internal byte[] Pvt { get { return (byte[])_pvt.Clone(); } }

        /// <summary>Signature r || s || PVT (129 octets) of message[offset..offset+count). The ephemeral j (RFC 6507 5.2.1
        /// step 1) is hedged: RFC 6979's HMAC-DRBG from SSK and hash(HS || M), with 32 octets of <paramref name="rng"/> as
        /// additional input (RFC 6979 3.6, draft-irtf-cfrg-det-sigs-with-noise). One j for two messages, or a j an
        /// attacker can predict, gives the SSK away (step 4 solved for SSK); this way an RNG that repeats or is
        /// predictable cannot cause either, and a good one keeps j fresh when a message is signed again.</summary>
        public byte[] Sign(byte[] message, int offset, int count, IRandomSource rng)
        {
            if (rng == null) throw new InvalidKeyException("ECCSI: random source is missing");
            if (message == null || offset < 0 || count < 0 || offset > message.Length - count)
                throw new InvalidEncodingException("ECCSI: message range is outside the buffer");
            Rfc6979Nonce nonces = null;
            try
            {
                nonces = EccsiKms.HedgedScalars(Ctx, _ssk, EccsiHashes.HsM(_hs, message, offset, count), rng);
                while (true)
                {
                    byte[] j = nonces.Next();
                    byte[] sig;
                    try { sig = SignWith(message, offset, count, j); }
                    finally { Secrets.Wipe(j); }
                    if (sig != null) return sig;
                }
            }
            finally
            {
                if (nonces != null) nonces.Wipe();
                _slot.Done();
            }
        }

        public byte[] Sign(byte[] message, IRandomSource rng)
        {
            return Sign(message, 0, message.Length, rng);
        }

        /// <summary>RFC 6507 5.2.1 with a given ephemeral j (known-answer tests); null when this j must be replaced
        /// (r = 0 or HE + r SSK = 0 mod q).</summary>
        internal byte[] SignWith(byte[] message, int offset, int count, byte[] j)
        {
            try
            {
                // 2) J = [j]G, r = Jx
                P256Point jPoint = Ctx.MultiplyBase(j);
                if (jPoint.IsInfinity) return null;
                byte[] r = jPoint.X;
                // 3) HE = hash(HS || r || M)
                byte[] he = EccsiHashes.He(_hs, r, 0, message, offset, count);
                // 4) s' = (HE + r SSK)^-1 j mod q; 5) s = s' (s' < q < 2^256 always fits N = 32 octets, so the q - s'
                // case of 5.2.1 step 5 never arises)
                byte[] sig = new byte[EccsiHashes.SignatureLength];
                int status = NativeScalar(j, he, r, sig);
                if (status == RetryStatus) return null;
                if (status != 0 && !ManagedScalar(j, he, r, sig)) return null;
                System.Array.Copy(r, 0, sig, 0, 32);
                System.Array.Copy(_pvt, 0, sig, 64, 65);
                return sig;
            }
            finally
            {
                _slot.Done();
            }
        }

        // mn_eccsi_sign_s's status for "r = 0 or HE + r SSK = 0 mod q: draw another j" (MN_ECCSI_ERETRY, mn_p256.h)
        private const int RetryStatus = -17;

        // Step 4 in one native call (constant-time in j and SSK, its intermediates wiped in C) into sig[32..64);
        // returns its status, or -1 without a backend: the managed step then serves (as it does for any refusal).
        private int NativeScalar(byte[] j, byte[] he, byte[] r, byte[] sig)
        {
            INativeKernels k = NativeArithmetic.Kernels;
            if (k == null || j.Length != 32) return -1;
            byte[] ssk = new byte[32], s = new byte[32];
            try
            {
                Ctx.Scalars.ToBytes(_ssk, ssk, 0);
                int status = k.EccsiSignS(s, j, he, r, ssk);
                if (status == 0) System.Array.Copy(s, 0, sig, 32, 32);
                return status;
            }
            finally
            {
                Secrets.Wipe(ssk);
                Secrets.Wipe(s); // s is public once signed, but a refused call leaves nothing to read either
            }
        }

        // Step 4 in the managed scalar field into sig[32..64); false when this j cannot sign.
        private bool ManagedScalar(byte[] j, byte[] he, byte[] r, byte[] sig)
        {
            MontgomeryField n = Ctx.Scalars;
            uint[] rq = n.Create(), t = n.Create(), jq = n.Create();
            try
            {
                n.FromBytesReduce(r, 0, 32, rq);
                if (n.IsZero(rq) != 0) return false;
                n.Mul(t, rq, _ssk);
                n.FromBytesReduce(he, 0, 32, rq);
                n.Add(t, t, rq);
                if (n.IsZero(t) != 0) return false;
                n.Invert(t, t);
                n.FromBytesReduce(j, 0, j.Length, jq);
                n.Mul(t, t, jq);
                n.ToBytes(t, sig, 32);
                return true;
            }
            finally
            {
                // j, r SSK and (HE + r SSK)^-1 passed through these and the scalar field's scratch: from j and the
                // signature the SSK follows (RFC 6507 5.2.1 step 4 solved for SSK)
                Secrets.Wipe(t);
                Secrets.Wipe(jq);
                Secrets.Wipe(rq);
            }
        }

        /// <summary>Zeroizes SSK (and the working context); the signer cannot sign afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_ssk);
            _slot.Done();
        }
    }
}
