using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Eccsi
{
    /// <summary>
    /// The KMS side of ECCSI (RFC 6507 sections 4.2 and 5.1.1) on P-256: the KMS Secret Authentication Key KSAK, its
    /// public KPAK = [KSAK]G, and issuing (SSK, PVT) for an identifier: v (hedged: RFC 6979 from KSAK and the ID, with
    /// RNG octets), PVT = [v]G, HS = hash(G || KPAK || ID || PVT), SSK = KSAK + HS v mod q. Constant-time in KSAK and v.
    /// It keeps KSAK and KPAK until <see cref="Wipe"/>; every other value an operation computes (v, SSK) is wiped from
    /// its working context when the operation ends, on every path (docs/security.md).
    /// </summary>
    public sealed class EccsiKms
    {
        private readonly P256 _ctx = new P256();
        private readonly uint[] _ksak;
        private readonly byte[] _kpak;

        public static EccsiKms Generate(IRandomSource rng)
        {
            P256 ctx = P256ContextCache.Signing.Borrow();
            byte[] k = null;
            try
            {
                k = RandomScalar(ctx, rng);
                return new EccsiKms(k);
            }
            finally
            {
                Secrets.Wipe(k);
                ctx.WipeAll();
                P256ContextCache.Signing.Return(ctx);
            }
        }

        /// <summary>A uniform scalar in [1, q-1], 32 octets big-endian (reduced in ctx's scalar field: the caller wipes
        /// ctx).</summary>
        internal static byte[] RandomScalar(P256 ctx, IRandomSource rng)
        {
            MontgomeryField n = ctx.Scalars;
            byte[] buf = new byte[48];
            uint[] e = n.Create();
            try
            {
                do
                {
                    rng.Fill(buf, 0, buf.Length);
                    n.FromBytesReduce(buf, 0, buf.Length, e);
                } while (n.IsZero(e) != 0);
                byte[] r = new byte[32];
                n.ToBytes(e, r, 0);
                return r;
            }
            finally
            {
                Secrets.Wipe(buf);
                Secrets.Wipe(e);
            }
        }

        /// <summary>A KMS from KSAK (big-endian, 1 &lt;= KSAK &lt; q).</summary>
        public EccsiKms(byte[] ksak)
        {
            MontgomeryField n = _ctx.Scalars;
            if (ksak == null || ksak.Length == 0 || ksak.Length > 32) throw new InvalidKeyException("ECCSI: KSAK must be 1..32 octets");
            _ksak = n.Create();
            bool built = false;
            try
            {
                try { n.FromBytes(ksak, 0, ksak.Length, _ksak); }
                catch (InvalidEncodingException) { throw new InvalidKeyException("ECCSI: KSAK is not below q"); }
                if (n.IsZero(_ksak) != 0) throw new InvalidKeyException("ECCSI: KSAK must not be zero");
                _kpak = _ctx.MultiplyBase(ksak).EncodeUncompressed();
                built = true;
            }
            finally
            {
                if (!built) Secrets.Wipe(_ksak); // a key that failed validation is not kept
                _ctx.WipeAll();
                if (!built) DroppedScratch.Dropping(this);
            }
        }

        /// <summary>KPAK = [KSAK]G, 0x04 || x || y (65 octets).</summary>
        public byte[] Kpak { get { return (byte[])_kpak.Clone(); } }

        /// <summary>KSAK, 32 octets (a copy: wipe it after use).</summary>
        public byte[] Ksak()
        {
            byte[] r = new byte[32];
            try { _ctx.Scalars.ToBytes(_ksak, r, 0); }
            finally { _ctx.WipeAll(); }
            return r;
        }

        /// <summary>Issues (SSK, PVT) for <paramref name="identifier"/>: returns SSK (32 octets) and writes PVT (65 octets)
        /// into <paramref name="pvt"/>. v (RFC 6507 5.1.1 step 1) is hedged like ECCSI's j: RFC 6979's HMAC-DRBG from KSAK
        /// and SHA-256(ID), with 32 octets of <paramref name="rng"/> as additional input. One v for two identifiers (their
        /// PVTs would be equal) lets the two users solve SSK1 - SSK2 = (HS1 - HS2) v for v and then KSAK = SSK1 - HS1 v;
        /// an RNG that repeats cannot cause it.</summary>
        public byte[] Issue(byte[] identifier, IRandomSource rng, out byte[] pvt)
        {
            if (identifier == null || identifier.Length == 0) throw new InvalidEncodingException("ECCSI: empty identifier");
            Rfc6979Nonce vs = null;
            try
            {
                vs = HedgedScalars(_ctx, _ksak, Sha256.Hash(identifier), rng);
                while (true)
                {
                    byte[] v = vs.Next();
                    byte[] ssk;
                    try { ssk = IssueWith(identifier, v, out pvt); }
                    finally { Secrets.Wipe(v); }
                    if (ssk != null) return ssk;
                }
            }
            finally
            {
                if (vs != null) vs.Wipe();
                _ctx.WipeAll();
            }
        }

        /// <summary>The hedged RFC 6979 generator of ephemeral scalars mod q for <paramref name="secret"/> (in ctx's scalar
        /// field: KSAK for v, SSK for j) and hash h1, with 32 octets of rng (the caller wipes ctx and the generator).</summary>
        internal static Rfc6979Nonce HedgedScalars(P256 ctx, uint[] secret, byte[] h1, IRandomSource rng)
        {
            byte[] x = new byte[32];
            try
            {
                ctx.Scalars.ToBytes(secret, x, 0);
                return Rfc6979Nonce.Hedged(x, h1, rng);
            }
            finally
            {
                Secrets.Wipe(x);
            }
        }

        /// <summary>RFC 6507 5.1.1 with a given ephemeral v (for known-answer tests); null when SSK would be 0.</summary>
        internal byte[] IssueWith(byte[] identifier, byte[] v, out byte[] pvt)
        {
            MontgomeryField n = _ctx.Scalars;
            P256Point pvtPoint = _ctx.MultiplyBase(v);
            if (pvtPoint.IsInfinity) throw new InvalidKeyException("ECCSI: v = 0 mod q");
            pvt = pvtPoint.EncodeUncompressed();
            byte[] hs = EccsiHashes.Hs(_kpak, identifier, pvt);
            uint[] s = n.Create(), t = n.Create();
            try
            {
                n.FromBytesReduce(hs, 0, hs.Length, s);
                n.FromBytesReduce(v, 0, v.Length, t);
                n.Mul(s, s, t);
                n.Add(s, s, _ksak);                     // SSK = KSAK + HS v mod q
                if (n.IsZero(s) != 0) return null;
                byte[] ssk = new byte[32];
                n.ToBytes(s, ssk, 0);
                return ssk;
            }
            finally
            {
                Secrets.Wipe(s);
                Secrets.Wipe(t);
                _ctx.WipeAll();
            }
        }

        /// <summary>Zeroizes KSAK (and the working context); the KMS cannot issue afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_ksak);
            _ctx.WipeAll();
        }
    }
}
