using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Eccsi
{
    /// <summary>
    /// ECCSI verification (RFC 6507 5.2.2) for the signers of one KMS (KPAK). Computes
    /// J = [s]([HE]G + [r]([HS]PVT + KPAK)) as [s HE]G + [s r HS]PVT + [s r]KPAK: on firmware with the native backend
    /// that sum is one native call (mn_p256_mul_add3_public: one chain of doublings for the three scalars); in managed
    /// code, with precomputation the last term uses a table for KPAK (57,344 octets, built once per key period) and the
    /// first G's shared table; without, the plain path computes Y = [HS]PVT + KPAK and [s HE]G + [s r]Y. Accepts iff Jx = r and Jx != 0; r and s must be
    /// in [1, q-1] and PVT on the curve. Every rejection is a <see cref="SignatureException"/>. Public inputs only
    /// (variable time). Not thread-safe.
    /// </summary>
    public sealed class EccsiVerifier
    {
        private readonly P256ContextSlot _slot; // the working context: kept with precomputation, else per call
        private P256 Ctx { get { return _slot.Context; } }
        private readonly P256Point _kpak;
        private readonly byte[] _kpakEncoded;
        private readonly P256PrecomputedPoint _kpakTable;

        /// <summary>A verifier for KPAK's signers; precompute builds KPAK's table and uses G's shared one, otherwise
        /// no table is built or used (G, 3G, ..., 15G are made per call, with the call's working context). On firmware
        /// with the native backend (NativeArithmetic) no KPAK table is built either way: the whole sum is one native call.</summary>
        public EccsiVerifier(byte[] kpak, bool precompute)
        {
            _slot = new P256ContextSlot(precompute);
            _kpak = DecodePoint(kpak, "KPAK");
            _kpakEncoded = _kpak.EncodeUncompressed();
            Precompute = precompute;
            if (precompute && NativeArithmetic.Kernels == null) _kpakTable = new P256PrecomputedPoint(_kpak);
        }

        /// <summary>Whether the verifier was asked for precomputation (it holds a table only without the native backend).</summary>
        internal bool Precompute { get; private set; }

        /// <summary>Octets held in the KPAK table (0 on the plain path; G's shared table is not counted).</summary>
        public int TableMemoryBytes { get { return _kpakTable == null ? 0 : _kpakTable.MemoryBytes; } }

        internal static P256Point DecodePoint(byte[] encoded, string what)
        {
            if (encoded == null) throw new InvalidPointException("ECCSI: " + what + " is missing");
            return P256Point.Decode(encoded, 0, encoded.Length);
        }

        /// <summary>True when <paramref name="signature"/> (r || s || PVT) is valid for message[offset..offset+count)
        /// and <paramref name="identifier"/>; false for any invalid signature.</summary>
        public bool IsValid(byte[] message, int offset, int count, byte[] signature, int sigOffset, byte[] identifier)
        {
            try
            {
                Verify(message, offset, count, signature, sigOffset, identifier);
                return true;
            }
            catch (SignatureException)
            {
                return false;
            }
        }

        /// <summary>Throws <see cref="SignatureException"/> unless the signature verifies.</summary>
        public void Verify(byte[] message, int offset, int count, byte[] signature, int sigOffset, byte[] identifier)
        {
            try
            {
                VerifyOnContext(message, offset, count, signature, sigOffset, identifier);
            }
            finally
            {
                _slot.Done(); // public values only, but a table-free context lets its scratch go here (docs/device.md)
            }
        }

        private void VerifyOnContext(byte[] message, int offset, int count, byte[] signature, int sigOffset, byte[] identifier)
        {
            if (signature == null || sigOffset < 0 || sigOffset + EccsiHashes.SignatureLength > signature.Length)
                throw new SignatureException("ECCSI: a signature is r || s || PVT, " + EccsiHashes.SignatureLength + " octets");
            if (message == null || offset < 0 || count < 0 || offset + count > message.Length)
                throw new SignatureException("ECCSI: message range out of bounds");
            MontgomeryField n = Ctx.Scalars;
            uint[] r = n.Create(), s = n.Create(), t = n.Create(), u = n.Create();
            try
            {
                n.FromBytes(signature, sigOffset, 32, r);
                n.FromBytes(signature, sigOffset + 32, 32, s);
            }
            catch (InvalidEncodingException)
            {
                throw new SignatureException("ECCSI: r or s is not below q");
            }
            if ((n.IsZero(r) | n.IsZero(s)) != 0) throw new SignatureException("ECCSI: r or s is zero");
            // 1) PVT on the curve
            P256Point pvt;
            try { pvt = P256Point.Decode(signature, sigOffset + 64, 65); }
            catch (MikeyNanoException e) { throw new SignatureException("ECCSI: PVT is not a point of P-256: " + e.Message); }
            byte[] pvtEncoded = Octets.Slice(signature, sigOffset + 64, 65);
            // 2) HS, 3) HE
            byte[] hs = EccsiHashes.Hs(_kpakEncoded, identifier, pvtEncoded);
            byte[] he = EccsiHashes.He(hs, signature, sigOffset, message, offset, count);
            // 4-5) J = [s HE]G + [s r](HS PVT + KPAK)
            n.FromBytesReduce(he, 0, 32, t);
            n.Mul(t, t, s);                         // s HE
            n.Mul(u, s, r);                         // s r
            byte[] sHe = new byte[32], sR = new byte[32];
            n.ToBytes(t, sHe, 0);
            n.ToBytes(u, sR, 0);
            byte[] sRHs = null;
            if (_kpakTable != null || NativeArithmetic.Kernels != null)
            {
                n.FromBytesReduce(hs, 0, 32, t);
                n.Mul(t, t, u);                     // s r HS
                sRHs = new byte[32];
                n.ToBytes(t, sRHs, 0);
            }
            // natively one call (the three scalars share one chain of doublings), else managed
            P256Point j = sRHs == null ? null : P256.MultiplyAdd3PublicNative(sHe, sRHs, pvt, sR, _kpak);
            if (j == null && _kpakTable != null) j = Ctx.Add(Ctx.MultiplyAddPublic(sHe, sRHs, pvt), _kpakTable.Multiply(Ctx, sR));
            if (j == null)
            {
                P256Point y = Ctx.Add(Ctx.MultiplyAddPublic(new byte[] { 0 }, hs, pvt), _kpak);
                j = Ctx.MultiplyAddPublic(sHe, sR, y);
            }
            // 6) Jx == r and Jx != 0
            if (j.IsInfinity) throw new SignatureException("ECCSI: J is the point at infinity");
            byte[] jx = j.X;
            if (!ConstantTime.AreEqual(jx, 0, signature, sigOffset, 32))
                throw new SignatureException("ECCSI: signature does not verify (Jx != r)");
        }
    }
}
