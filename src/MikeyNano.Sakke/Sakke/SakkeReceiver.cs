using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// The radio's side of SAKKE for one key period: its identifier b, its RSK K_(b,T) and the KMS public key Z_T.
    /// The constructor validates the RSK (RFC 6508 6.1.2: &lt;[b]P + Z_T, K_(b,T)&gt; == g) and throws
    /// <see cref="InvalidKeyException"/> otherwise. <see cref="Decapsulate"/> follows section 6.2.2, including the
    /// mandatory check [r]([b]P + Z_T) == R that rejects tampered or mis-addressed data with
    /// <see cref="DecapsulationException"/>.
    /// <para>
    /// With precomputation (once per key period): the RSK's Miller-loop lines (<see cref="RskPairingTable"/>,
    /// 383 KiB) and a fixed-base comb for [b]P + Z_T (32 KiB). Without: the plain pairing and the plain multiplier,
    /// with no table (for small devices). Constant-time in the RSK, r and the SSV. Not thread-safe.
    /// </para>
    /// <para>
    /// It keeps the identifier, [b]P + Z_T and its comb (public), the RSK and the RSK's lines until <see cref="Wipe"/>;
    /// the pairing value, r and the SSV of a decapsulation are wiped from its working set when the call ends, on every
    /// path, and the SSV is returned to the caller alone (docs/security.md).
    /// </para>
    /// <para>
    /// On firmware with the native backend (<see cref="NativeArithmetic"/>) the pairings, the check and the tables are
    /// computed there (mn_sakke.h): the tables are then the backend's (RSK lines and comb in uint[] buffers) and the
    /// receiver also keeps the RSK as x || y octets for it, wiped by <see cref="Wipe"/>. Same results either way.
    /// </para>
    /// </summary>
    public sealed class SakkeReceiver
    {
        private const int CombTeeth = 8;
        private readonly SakkeContext _kept;   // the working set, kept between calls only with precomputation
        private readonly byte[] _identifier;
        private readonly SakkePoint _rsk;
        private readonly SakkePoint _qb;       // [b]P + Z_T
        private readonly RskPairingTable _lines;
        private readonly SakkeCombTable _qbComb;
        private readonly byte[] _rskXY;        // native path: the RSK as x || y (secret)
        private readonly byte[] _qbXY;         // native path: [b]P + Z_T as x || y
        private readonly uint[] _nativeLines;  // native path with precomputation: the RSK's line table
        private readonly uint[] _nativeQbComb; // native path with precomputation: [b]P + Z_T's comb

        public SakkeReceiver(byte[] kmsPublicKey, byte[] identifier, byte[] rsk, bool precompute)
        {
            if (identifier == null || identifier.Length == 0) throw new InvalidEncodingException("SAKKE: empty identifier");
            SakkeContext c = new SakkeContext();
            if (precompute) _kept = c;
            _identifier = (byte[])identifier.Clone();
            uint[] w = c.F.Create();
            bool built = false;
            try
            {
                SakkePoint z = c.Curve.Decode(kmsPublicKey);
                try { _rsk = c.Curve.Decode(rsk); }
                catch (InvalidPointException e) { throw new InvalidKeyException("SAKKE: RSK is not a point of E: " + e.Message); }
                catch (InvalidEncodingException e) { throw new InvalidKeyException("SAKKE: RSK encoding: " + e.Message); }
                _qb = c.IdentifierPoint(_identifier, z);
                INativeKernels n = NativeArithmetic.Kernels;
                if (n != null)
                {
                    _rskXY = SakkeNative.Encode(c.F, _rsk);
                    _qbXY = SakkeNative.Encode(c.F, _qb);
                    if (precompute)
                    {
                        _nativeLines = new uint[n.SakkeRskTableWords()];
                        SakkeNative.Check(n.SakkeRskTableBuild(_nativeLines, _rskXY), "RSK line table");
                    }
                    // RFC 6508 6.1.2: the RSK is valid iff <[b]P + Z_T, RSK> == g
                    byte[] wb = new byte[SakkeParameterSet1.L];
                    try
                    {
                        SakkeNative.Check(PairNative(n, wb, _qbXY), "<[b]P + Z_T, RSK>");
                        if (!ConstantTime.AreEqual(wb, SakkeParameterSet1.GBytes()))
                            throw new InvalidKeyException("SAKKE: RSK does not validate: <[b]P + Z_T, RSK> != g");
                    }
                    finally
                    {
                        Secrets.Wipe(wb);
                    }
                    if (precompute)
                    {
                        _nativeQbComb = new uint[n.SakkeCombWords()];
                        SakkeNative.Check(n.SakkeCombBuild(_nativeQbComb, _qbXY), "comb of [b]P + Z_T");
                    }
                    built = true;
                    return;
                }
                if (precompute) _lines = new RskPairingTable(c.F, _rsk);
                // RFC 6508 6.1.2: the RSK is valid iff <[b]P + Z_T, RSK> == g
                Pair(c, w, _qb);
                if (c.F.AreEqual(w, c.G) == 0)
                    throw new InvalidKeyException("SAKKE: RSK does not validate: <[b]P + Z_T, RSK> != g");
                if (precompute) _qbComb = new SakkeCombTable(c.Curve, _qb, CombTeeth);
                built = true;
            }
            finally
            {
                if (!built) Wipe(); // a key that failed validation is not kept
                Secrets.Wipe(w);
                WipeScratch(c);
                if (c != _kept) DroppedScratch.Dropping(c);
                if (!built) DroppedScratch.Dropping(this);
            }
        }

        /// <summary>Octets held in precomputed tables (0 on the plain path).</summary>
        public int TableMemoryBytes
        {
            get
            {
                return (_lines == null ? 0 : _lines.MemoryBytes) + (_qbComb == null ? 0 : _qbComb.MemoryBytes) +
                    (_nativeLines == null ? 0 : 4 * _nativeLines.Length) + (_nativeQbComb == null ? 0 : 4 * _nativeQbComb.Length);
            }
        }

        /// <summary>Returns the SSV carried by Encapsulated Data R || H (273 octets).</summary>
        public byte[] Decapsulate(byte[] encapsulatedData)
        {
            if (encapsulatedData == null || encapsulatedData.Length != SakkeParameterSet1.EncapsulatedDataLength)
                throw new InvalidEncodingException("SAKKE: Encapsulated Data must be " + SakkeParameterSet1.EncapsulatedDataLength + " octets");
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null && _rskXY != null) return DecapsulateNative(n, encapsulatedData);
            SakkeContext c = Open();
            IPrimeField f = c.F;
            uint[] w = f.Create();
            byte[] ssv = null, r = null;
            SakkeJacobianPoint test = new SakkeJacobianPoint(f);
            bool ok = false;
            try
            {
                // 1) parse R_(b,S) and H; R must be a point of E
                SakkePoint rPoint = c.Curve.Decode(encapsulatedData, 0, SakkeParameterSet1.PointLength);
                // 2) w = <R_(b,S), K_(b,S)>
                Pair(c, w, rPoint);
                // 3) SSV = H XOR HashToIntegerRange(w, 2^n)
                ssv = c.Mask(w);
                for (int i = 0; i < ssv.Length; i++) ssv[i] ^= encapsulatedData[SakkeParameterSet1.PointLength + i];
                // 4) r = HashToIntegerRange(SSV || b, q)
                r = c.EphemeralScalar(ssv, _identifier);
                // 5) TEST = [r]([b]P + Z_T); reject unless TEST == R_(b,S)
                if (!SakkeContext.IsZero(r))
                {
                    if (_qbComb != null) _qbComb.Multiply(test, r);
                    else c.Multiplier.Multiply(test, _qb, r);
                    ok = c.Curve.EqualsAffine(test, rPoint);
                }
                if (!ok)
                    throw new DecapsulationException("SAKKE: [r]([b]P + Z_T) != R: the encapsulated data was altered or is not for this identifier");
                return ssv;
            }
            finally
            {
                // the pairing value and r each give the SSV back (with the public H, resp. R); the SSV leaves only
                // when it is returned
                Secrets.Wipe(w);
                Secrets.Wipe(r);
                if (!ok) Secrets.Wipe(ssv);
                test.Wipe();
                WipeScratch(c);
                if (c != _kept) DroppedScratch.Dropping(c);
            }
        }

        /// <summary>RFC 6508 6.2.2 on the native backend: the same steps as <see cref="Decapsulate"/>, the pairing and the
        /// check [r]([b]P + Z_T) == R in one native call each.</summary>
        private byte[] DecapsulateNative(INativeKernels n, byte[] encapsulatedData)
        {
            SakkeContext c = Open();
            byte[] w = new byte[SakkeParameterSet1.L];
            byte[] ssv = null, r = null, mask = null;
            bool ok = false;
            try
            {
                // 1) R_(b,S) (the native side checks that it is a point of E)
                byte[] rXY = SakkeNative.FromWire(encapsulatedData, 0);
                // 2) w = <R_(b,S), K_(b,S)>
                SakkeNative.Check(PairNative(n, w, rXY), "<R, RSK>");
                // 3) SSV = H XOR HashToIntegerRange(w, 2^n)
                mask = HashToIntegerRange.ModPowerOfTwo(w, 8 * SakkeParameterSet1.SsvLength);
                ssv = new byte[SakkeParameterSet1.SsvLength];
                for (int i = 0; i < ssv.Length; i++) ssv[i] = (byte)(mask[i] ^ encapsulatedData[SakkeParameterSet1.PointLength + i]);
                // 4) r = HashToIntegerRange(SSV || b, q)
                byte[] r0 = c.EphemeralScalar(ssv, _identifier);
                r = SakkeNative.Scalar(r0);
                if (r0 != r) Secrets.Wipe(r0);
                // 5) TEST = [r]([b]P + Z_T) == R_(b,S)
                if (!SakkeContext.IsZero(r))
                {
                    int status = _nativeQbComb != null ? n.SakkeCheckComb(_nativeQbComb, r, rXY) : n.SakkeCheck(_qbXY, r, rXY);
                    ok = status == 0;
                }
                if (!ok)
                    throw new DecapsulationException("SAKKE: [r]([b]P + Z_T) != R: the encapsulated data was altered or is not for this identifier");
                return ssv;
            }
            finally
            {
                Secrets.Wipe(w);
                Secrets.Wipe(r);
                Secrets.Wipe(mask);
                if (!ok) Secrets.Wipe(ssv);
                WipeScratch(c);
            }
        }

        private int PairNative(INativeKernels n, byte[] w, byte[] pointXY)
        {
            return _nativeLines != null ? n.SakkeRskPair(w, _nativeLines, pointXY) : n.SakkePair(w, pointXY, _rskXY);
        }

        /// <summary>The working set of one call: the kept one with precomputation; otherwise a new one (about 20 KB
        /// with its pairing and multiplier) that the call drops, so that a table-free receiver holds only its keys
        /// between calls (docs/device.md).</summary>
        private SakkeContext Open()
        {
            return _kept != null ? _kept : new SakkeContext();
        }

        private void Pair(SakkeContext c, uint[] result, SakkePoint point)
        {
            if (_lines != null) _lines.Compute(result, point);
            else c.Pairing.Compute(result, point, _rsk);
        }

        /// <summary>Zeroes the RSK and the tables derived from it; the receiver cannot decapsulate afterwards.</summary>
        public void Wipe()
        {
            if (_rsk != null) _rsk.Wipe();
            if (_lines != null) _lines.Wipe();
            Secrets.Wipe(_rskXY);
            Secrets.Wipe(_nativeLines);
            if (_kept != null) WipeScratch(_kept);
        }

        /// <summary>Zeroes the working set: the context's scratch, the comb's and the line table's pairing.</summary>
        private void WipeScratch(SakkeContext c)
        {
            c.Wipe();
            if (_qbComb != null) _qbComb.Wipe();
            if (_lines != null) _lines.WipeScratch();
        }
    }
}
