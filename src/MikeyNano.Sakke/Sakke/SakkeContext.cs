using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// The working set every SAKKE object carries for parameter set 1: the fields, the curve with its scratch space,
    /// P, g, the plain variable-base multiplier and the plain pairing. One per object (they are not thread-safe).
    /// </summary>
    internal sealed class SakkeContext
    {
        public readonly MontgomeryField F;
        public readonly MontgomeryField Order;
        private SakkeCurve _curve;
        private SakkePoint _p;
        private uint[] _g;
        private SakkeScalarMultiplier _multiplier;
        private TatePairing _pairing;
        private PfpPower _power;

        // The fields are clones of shared prototypes (cheap); the curve, P and g are made on first use, since the native
        // path (NativeArithmetic) needs none of them for a decapsulation or an encapsulation: decoding P alone (its
        // coordinates into Montgomery form and the curve check) is about 1.6 ms of interpreted 1,024-bit arithmetic in
        // nanoCLR on x86-64 (docs/device-performance.md, section 1).
        public SakkeContext()
        {
            F = SakkeParameterSet1.Field;
            Order = SakkeParameterSet1.Order;
        }

        /// <summary>The bit length of q (1,022).</summary>
        public int QBits { get { return SakkeParameterSet1.QBits; } }

        public SakkeCurve Curve
        {
            get { if (_curve == null) _curve = new SakkeCurve(F); return _curve; }
        }

        /// <summary>The base point P (affine, the context's field).</summary>
        public SakkePoint P
        {
            get { if (_p == null) _p = Curve.Decode(SakkeParameterSet1.PBytes()); return _p; }
        }

        /// <summary>g = &lt;P,P&gt; in the context's field.</summary>
        public uint[] G
        {
            get
            {
                if (_g == null)
                {
                    uint[] g = F.Create();
                    byte[] b = SakkeParameterSet1.GBytes();
                    F.FromBytes(b, 0, b.Length, g);
                    _g = g;
                }
                return _g;
            }
        }

        public SakkeScalarMultiplier Multiplier
        {
            get { if (_multiplier == null) _multiplier = new SakkeScalarMultiplier(Curve); return _multiplier; }
        }

        public TatePairing Pairing
        {
            get { if (_pairing == null) _pairing = new TatePairing(F); return _pairing; }
        }

        public PfpPower Power
        {
            get { if (_power == null) _power = new PfpPower(F); return _power; }
        }

        /// <summary>Zeroizes every scratch array of the working set: both fields', the curve's, and those of the
        /// multiplier, pairing and PF_p power when built. Owners call it in a finally block around each operation, so
        /// that nothing an operation computed (r, the SSV, g^r, the pairing value) outlives it (docs/security.md).</summary>
        public void Wipe()
        {
            F.Wipe();
            Order.Wipe();
            if (_curve != null) _curve.Wipe();
            if (_multiplier != null) _multiplier.Wipe();
            if (_pairing != null) _pairing.Wipe();
            if (_power != null) _power.Wipe();
        }

        /// <summary>The identifier as an integer mod q (RFC 6508: b = OS2I(identifier)), 128 octets big-endian.</summary>
        public byte[] IdentifierScalar(byte[] identifier)
        {
            if (identifier == null || identifier.Length == 0) throw new InvalidEncodingException("SAKKE: empty identifier");
            byte[] r = new byte[Order.ByteLength];
            if (identifier.Length <= Order.ByteLength)
            {
                Order.ReduceToBytes(identifier, 0, identifier.Length, r, 0); // a 3GPP UID: 32 octets
                return r;
            }
            uint[] e = Order.Create();
            Order.FromBytesReduce(identifier, 0, identifier.Length, e);
            Order.ToBytes(e, r, 0);
            return r;
        }

        /// <summary>r b mod q for the identifier b (the sender's [r b]P + [r]Z_T, RFC 6508 6.2.1 step 3 with combs), 128
        /// octets big-endian; its intermediates are wiped (r b gives r back with b, which is public). One Montgomery
        /// product of the plain r (below q) and b R gives the plain r b: r b R R^-1.</summary>
        public byte[] ScalarTimesIdentifier(byte[] r, byte[] identifier)
        {
            byte[] b = IdentifierScalar(identifier);
            uint[] bb = Order.Create(), rb = Order.Create();
            Natural.FromBigEndian(r, 0, r.Length, rb, Order.Limbs);
            Order.FromBytes(b, 0, b.Length, bb);
            Order.Mul(rb, rb, bb);
            byte[] rbBytes = new byte[Order.ByteLength];
            Natural.ToBigEndian(rb, Order.Limbs, rbBytes, 0, Order.ByteLength);
            Secrets.Wipe(rb);
            Secrets.Wipe(bb);
            Order.Wipe();
            return rbBytes;
        }

        /// <summary>True when the big-endian scalar is zero.</summary>
        public static bool IsZero(byte[] k)
        {
            int acc = 0;
            for (int i = 0; i < k.Length; i++) acc |= k[i];
            return acc == 0;
        }

        /// <summary>[b]P + Z (affine) for a public identifier b, on the plain path.</summary>
        public SakkePoint IdentifierPoint(byte[] identifier, SakkePoint z)
        {
            byte[] b = IdentifierScalar(identifier);
            SakkeJacobianPoint acc = new SakkeJacobianPoint(F);
            INativeKernels n = NativeArithmetic.Kernels;
            if (IsZero(b)) F.SetZero(acc.Z);
            else if (n != null) SakkeNative.Multiply(n, Curve, F, acc, P, b);
            else Multiplier.Multiply(acc, P, b);
            Curve.AddMixedPublic(acc, acc, z);
            SakkePoint r = new SakkePoint(F);
            Curve.ToAffine(r, acc);
            return r;
        }

        /// <summary>[b]P + Z as x || y (the native encoding) for a public identifier b and a validated Z given as x || y,
        /// on the native backend: [b]P in one native call, then one affine chord addition in plain integers
        /// (<see cref="SakkeNative.AddPublic"/>), where the Jacobian sum, its inversion and the conversions in and out of
        /// Montgomery form cost the interpreter several milliseconds more. When the chord does not apply ([b]P = +-Z, or
        /// b = 0: never for a real KMS key and identifier) the general path below computes it. Variable time: b and Z
        /// are public.</summary>
        public byte[] IdentifierPointNative(INativeKernels n, byte[] identifier, byte[] zXY)
        {
            byte[] b = IdentifierScalar(identifier);
            if (!IsZero(b))
            {
                byte[] bP = new byte[SakkeNative.PointLength];
                int status = n.SakkeMul(bP, SakkeNative.FromWire(SakkeParameterSet1.PBytes(), 0), b);
                if (status != SakkeNative.Infinity) SakkeNative.Check(status, "[b]P");
                byte[] sum = status == 0 ? SakkeNative.AddPublic(F, bP, zXY) : null;
                if (sum != null) return sum;
            }
            return SakkeNative.Encode(F, IdentifierPoint(identifier, SakkeNative.Decode(F, zXY)));
        }

        /// <summary>The mask HashToIntegerRange(w, 2^128) of an F_p element w (its L-octet big-endian encoding).</summary>
        public byte[] Mask(uint[] w)
        {
            byte[] wb = new byte[F.ByteLength];
            F.ToBytes(w, wb, 0);
            byte[] mask = HashToIntegerRange.ModPowerOfTwo(wb, 8 * SakkeParameterSet1.SsvLength);
            Secrets.Wipe(wb);
            return mask;
        }

        /// <summary>r = HashToIntegerRange(SSV || b, q) (RFC 6508 6.2.1 step 2, 6.2.2 step 4).</summary>
        public byte[] EphemeralScalar(byte[] ssv, byte[] identifier)
        {
            byte[] s = Octets.Concat(ssv, identifier);
            byte[] r = HashToIntegerRange.ModField(s, Order, QBits);
            Secrets.Wipe(s);
            return r;
        }
    }
}
