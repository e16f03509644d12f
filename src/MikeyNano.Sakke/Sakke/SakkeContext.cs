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
        public readonly IPrimeField F;
        public readonly IPrimeField Order;
        public readonly int QBits;
        public readonly SakkeCurve Curve;
        public readonly SakkePoint P;
        public readonly uint[] G;
        private SakkeScalarMultiplier _multiplier;
        private TatePairing _pairing;
        private PfpPower _power;

        public SakkeContext()
        {
            F = SakkeParameterSet1.Field;
            Order = SakkeParameterSet1.Order;
            byte[] q = SakkeParameterSet1.QBytes;
            QBits = ScalarBits.BitLength(ScalarBits.FromBigEndian(q, 0, q.Length, F.Limbs));
            Curve = new SakkeCurve(F);
            P = Curve.Decode(SakkeParameterSet1.PBytes());
            G = F.Create();
            byte[] g = SakkeParameterSet1.GBytes();
            F.FromBytes(g, 0, g.Length, G);
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
            Curve.Wipe();
            if (_multiplier != null) _multiplier.Wipe();
            if (_pairing != null) _pairing.Wipe();
            if (_power != null) _power.Wipe();
        }

        /// <summary>The identifier as an integer mod q (RFC 6508: b = OS2I(identifier)), 128 octets big-endian.</summary>
        public byte[] IdentifierScalar(byte[] identifier)
        {
            if (identifier == null || identifier.Length == 0) throw new InvalidEncodingException("SAKKE: empty identifier");
            uint[] e = Order.Create();
            Order.FromBytesReduce(identifier, 0, identifier.Length, e);
            byte[] r = new byte[Order.ByteLength];
            Order.ToBytes(e, r, 0);
            return r;
        }

        /// <summary>r b mod q for the identifier b (the sender's [r b]P + [r]Z_T, RFC 6508 6.2.1 step 3 with combs), 128
        /// octets big-endian; its intermediates are wiped (r b gives r back with b, which is public).</summary>
        public byte[] ScalarTimesIdentifier(byte[] r, byte[] identifier)
        {
            byte[] b = IdentifierScalar(identifier);
            uint[] bb = Order.Create(), rb = Order.Create();
            Order.FromBytes(r, 0, r.Length, rb);
            Order.FromBytes(b, 0, b.Length, bb);
            Order.Mul(rb, rb, bb);
            byte[] rbBytes = new byte[Order.ByteLength];
            Order.ToBytes(rb, rbBytes, 0);
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
