using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// SAKKE encapsulation (RFC 6508 section 6.2.1) to any identifier of one KMS (public key Z_T).
    /// With precomputation (built once per key period): fixed-base combs for P and Z_T, so that
    /// R = [r]([b]P + Z_T) is computed as [r b mod q]P + [r]Z_T on one shared chain of 127 doublings
    /// (2 x 32 KiB of tables). Without: [b]P + Z_T and then [r] of it with the plain windowed multiplier.
    /// Constant-time in the SSV and r. Not thread-safe. It keeps Z_T and the tables (public); the SSV, r and g^r of an
    /// encapsulation are wiped from its working set when the call ends, on every path (docs/security.md).
    /// On firmware with the native backend (<see cref="NativeArithmetic"/>) the multiplications, the combs and g^r are
    /// computed there (mn_sakke.h), with the same results.
    /// </summary>
    public sealed class SakkeSender
    {
        private const int CombTeeth = 8;
        private readonly SakkeContext _kept;   // the working set, kept between calls only with precomputation
        private readonly SakkePoint _z;
        private readonly SakkeCombTable _pComb;
        private readonly SakkeCombTable _zComb;
        private readonly byte[] _zXY;           // native path: Z_T as x || y
        private readonly uint[] _pCombNative;   // native path with precomputation: the combs of P and Z_T
        private readonly uint[] _zCombNative;

        /// <summary>For KMS public key Z_T (0x04 || x || y); InvalidPointException when it is not a point of E.</summary>
        public SakkeSender(byte[] kmsPublicKey, bool precompute)
        {
            SakkeContext c = new SakkeContext();
            if (precompute) _kept = c;
            try
            {
                _z = c.Curve.Decode(kmsPublicKey);
                INativeKernels n = NativeArithmetic.Kernels;
                if (n != null)
                {
                    _zXY = SakkeNative.FromWire(kmsPublicKey, 0); // validated by the decoding above
                    if (precompute)
                    {
                        _pCombNative = new uint[n.SakkeCombWords()];
                        _zCombNative = new uint[n.SakkeCombWords()];
                        SakkeNative.Check(n.SakkeCombBuild(_pCombNative, SakkeNative.Encode(c.F, c.P)), "comb of P");
                        SakkeNative.Check(n.SakkeCombBuild(_zCombNative, _zXY), "comb of Z_T");
                    }
                }
                else if (precompute)
                {
                    _pComb = new SakkeCombTable(c.Curve, c.P, CombTeeth);
                    _zComb = new SakkeCombTable(c.Curve, _z, CombTeeth);
                }
            }
            finally
            {
                c.Wipe();
                if (c != _kept) DroppedScratch.Dropping(c);
            }
        }

        /// <summary>Octets held in precomputed tables (0 on the plain path).</summary>
        public int TableMemoryBytes
        {
            get
            {
                if (_pCombNative != null) return 4 * (_pCombNative.Length + _zCombNative.Length);
                return _pComb == null ? 0 : _pComb.MemoryBytes + _zComb.MemoryBytes;
            }
        }

        /// <summary>A fresh random SSV of n = 128 bits (RFC 6508 6.2.1 step 1).</summary>
        public static byte[] GenerateSsv(IRandomSource rng)
        {
            byte[] ssv = new byte[SakkeParameterSet1.SsvLength];
            rng.Fill(ssv, 0, ssv.Length);
            return ssv;
        }

        /// <summary>Encapsulated Data R_(b,S) || H (273 octets) carrying <paramref name="ssv"/> (16 octets) to identifier b.</summary>
        public byte[] Encapsulate(byte[] ssv, byte[] identifier)
        {
            if (ssv == null || ssv.Length != SakkeParameterSet1.SsvLength)
                throw new InvalidEncodingException("SAKKE: the SSV must be " + SakkeParameterSet1.SsvLength + " octets");
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null && _zXY != null) return EncapsulateNative(n, ssv, identifier);
            // the working set of this call: kept with precomputation, otherwise new and dropped (a table-free sender
            // holds only Z_T between calls)
            SakkeContext c = _kept != null ? _kept : new SakkeContext();
            IPrimeField f = c.F;
            byte[] r = null, rbBytes = null, mask = null;
            uint[] gr = f.Create();
            SakkeJacobianPoint acc = new SakkeJacobianPoint(f);
            try
            {
                // 2) r = HashToIntegerRange(SSV || b, q)
                r = c.EphemeralScalar(ssv, identifier);
                if (SakkeContext.IsZero(r)) throw new MikeyNanoException("SAKKE: r = 0 (probability 2^-1021)");
                // 3) R_(b,S) = [r]([b]P + Z_T)
                if (_pComb != null)
                {
                    rbBytes = c.ScalarTimesIdentifier(r, identifier);
                    if (SakkeContext.IsZero(rbBytes)) _zComb.Multiply(acc, r);
                    else SakkeCombTable.MultiplyTwo(acc, _pComb, rbBytes, _zComb, r);
                }
                else
                {
                    SakkePoint qb = c.IdentifierPoint(identifier, _z);
                    c.Multiplier.Multiply(acc, qb, r);
                }
                SakkePoint rPoint = new SakkePoint(f);
                c.Curve.ToAffine(rPoint, acc);
                byte[] output = new byte[SakkeParameterSet1.EncapsulatedDataLength];
                byte[] rEncoded = c.Curve.Encode(rPoint);
                System.Array.Copy(rEncoded, 0, output, 0, rEncoded.Length);
                // 4) H = SSV XOR HashToIntegerRange(g^r, 2^n)
                c.Power.Power(gr, c.G, r);
                mask = c.Mask(gr);
                for (int i = 0; i < mask.Length; i++) output[rEncoded.Length + i] = (byte)(ssv[i] ^ mask[i]);
                return output;
            }
            finally
            {
                // r (with the public R it gives the SSV back: RFC 6508 6.2.2 steps 4-5), r b, g^r and the mask
                Secrets.Wipe(r);
                Secrets.Wipe(rbBytes);
                Secrets.Wipe(gr);
                Secrets.Wipe(mask);
                acc.Wipe();
                c.Wipe();
                if (_pComb != null) { _pComb.Wipe(); _zComb.Wipe(); }
                if (c != _kept) DroppedScratch.Dropping(c);
            }
        }
    
        /// <summary>RFC 6508 6.2.1 on the native backend: the same steps as <see cref="Encapsulate"/>, R and g^r in one
        /// native call each.</summary>
        private byte[] EncapsulateNative(INativeKernels n, byte[] ssv, byte[] identifier)
        {
            SakkeContext c = _kept != null ? _kept : new SakkeContext();
            byte[] r = null, rbBytes = null, mask = null, gr = new byte[SakkeParameterSet1.L], rXY = new byte[SakkeNative.PointLength];
            try
            {
                // 2) r = HashToIntegerRange(SSV || b, q)
                byte[] r0 = c.EphemeralScalar(ssv, identifier);
                r = SakkeNative.Scalar(r0);
                if (r0 != r) Secrets.Wipe(r0);
                if (SakkeContext.IsZero(r)) throw new MikeyNanoException("SAKKE: r = 0 (probability 2^-1021)");
                // 3) R_(b,S) = [r]([b]P + Z_T): [r b mod q]P + [r]Z_T over the two combs, or [r] of [b]P + Z_T
                if (_pCombNative != null)
                {
                    // r b mod q in the same native call (it never reaches managed memory); a backend that refuses it
                    // leaves the managed product and the two-comb call
                    int status = n.SakkeCombMulRb(rXY, _pCombNative, _zCombNative, r, SakkeNative.Scalar(c.IdentifierScalar(identifier)));
                    if (status == SakkeNative.Buffer)
                    {
                        rbBytes = c.ScalarTimesIdentifier(r, identifier);
                        status = n.SakkeCombMul2(rXY, _pCombNative, SakkeNative.Scalar(rbBytes), _zCombNative, r);
                    }
                    SakkeNative.Check(status, "[r b]P + [r]Z_T");
                }
                else
                {
                    SakkeNative.Check(n.SakkeMul(rXY, c.IdentifierPointNative(n, identifier, _zXY), r), "[r]([b]P + Z_T)");
                }
                byte[] output = new byte[SakkeParameterSet1.EncapsulatedDataLength];
                output[0] = 0x04;
                System.Array.Copy(rXY, 0, output, 1, rXY.Length);
                // 4) H = SSV XOR HashToIntegerRange(g^r, 2^n)
                SakkeNative.Check(n.SakkePfPow(gr, SakkeParameterSet1.GBytes(), r), "g^r");
                mask = HashToIntegerRange.ModPowerOfTwo(gr, 8 * SakkeParameterSet1.SsvLength);
                for (int i = 0; i < mask.Length; i++) output[SakkeParameterSet1.PointLength + i] = (byte)(ssv[i] ^ mask[i]);
                return output;
            }
            finally
            {
                Secrets.Wipe(r);
                Secrets.Wipe(rbBytes);
                Secrets.Wipe(gr);
                Secrets.Wipe(mask);
                Secrets.Wipe(rXY);
                c.Wipe();
            }
        }
    }
}
