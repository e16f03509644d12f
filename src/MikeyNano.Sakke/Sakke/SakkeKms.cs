using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// The KMS side of SAKKE (RFC 6508 section 6.1), parameter set 1: the master secret z_T, the public key
    /// Z_T = [z_T]P, and Receiver Secret Keys K_(a,T) = [(a + z_T)^-1]P for identifiers a. Runs on the host KMS tool;
    /// device code for completeness and tests. Constant-time in z_T. It keeps z_T and Z_T until <see cref="Wipe"/>;
    /// (a + z_T)^-1 and every other intermediate of an issuance are wiped from its working set when the call ends, on
    /// every path (docs/security.md).
    /// </summary>
    public sealed class SakkeKms
    {
        private readonly SakkeContext _ctx;
        private readonly uint[] _z;          // z_T mod q, in the order field's form
        private readonly byte[] _publicKey;

        /// <summary>A KMS with a fresh master secret z_T drawn uniformly from [2, q-1].</summary>
        public static SakkeKms Generate(IRandomSource rng)
        {
            IPrimeField order = SakkeParameterSet1.Order;
            byte[] buf = new byte[order.ByteLength + 16];
            byte[] z = new byte[order.ByteLength];
            uint[] e = order.Create();
            uint[] two = order.Create();
            try
            {
                order.SetSmall(two, 2);
                while (true)
                {
                    rng.Fill(buf, 0, buf.Length);
                    order.FromBytesReduce(buf, 0, buf.Length, e);
                    if ((order.IsZero(e) | order.AreEqual(e, two)) == 0 && !IsOne(order, e)) break;
                }
                order.ToBytes(e, z, 0);
                return new SakkeKms(z);
            }
            finally
            {
                Secrets.Wipe(buf);
                Secrets.Wipe(e);
                Secrets.Wipe(z);
                order.Wipe();
            }
        }

        private static bool IsOne(IPrimeField f, uint[] e)
        {
            uint[] one = f.Create();
            f.SetOne(one);
            return f.AreEqual(e, one) != 0;
        }

        /// <summary>A KMS from its master secret z_T (big-endian, 2 &lt;= z_T &lt; q; InvalidKeyException otherwise).</summary>
        public SakkeKms(byte[] masterSecret)
        {
            _ctx = new SakkeContext();
            IPrimeField order = _ctx.Order;
            if (masterSecret == null || masterSecret.Length == 0 || masterSecret.Length > order.ByteLength)
                throw new InvalidKeyException("SAKKE KMS: the master secret must be 1.." + order.ByteLength + " octets");
            _z = order.Create();
            byte[] zb = new byte[order.ByteLength];
            bool built = false;
            try
            {
                try { order.FromBytes(masterSecret, 0, masterSecret.Length, _z); }
                catch (InvalidEncodingException) { throw new InvalidKeyException("SAKKE KMS: the master secret is not below q"); }
                if (order.IsZero(_z) != 0 || IsOne(order, _z)) throw new InvalidKeyException("SAKKE KMS: the master secret must be at least 2");
                order.ToBytes(_z, zb, 0);
                SakkeJacobianPoint zp = new SakkeJacobianPoint(_ctx.F);
                _ctx.Multiplier.Multiply(zp, _ctx.P, zb);
                SakkePoint za = new SakkePoint(_ctx.F);
                _ctx.Curve.ToAffine(za, zp);
                _publicKey = _ctx.Curve.Encode(za);
                built = true;
            }
            finally
            {
                if (!built) Secrets.Wipe(_z); // a key that failed validation is not kept
                Secrets.Wipe(zb);
                _ctx.Wipe();
                if (!built) DroppedScratch.Dropping(this);
            }
        }

        /// <summary>Z_T = [z_T]P, encoded 0x04 || x || y (257 octets).</summary>
        public byte[] PublicKey { get { return (byte[])_publicKey.Clone(); } }

        /// <summary>z_T, 128 octets big-endian (a copy: wipe it after use).</summary>
        public byte[] MasterSecret()
        {
            byte[] r = new byte[_ctx.Order.ByteLength];
            try { _ctx.Order.ToBytes(_z, r, 0); }
            finally { _ctx.Wipe(); }
            return r;
        }

        /// <summary>K_(a,T) = [(a + z_T)^-1 mod q]P for identifier a (RFC 6508 6.1.1), encoded (257 octets).</summary>
        public byte[] IssueRsk(byte[] identifier)
        {
            IPrimeField order = _ctx.Order;
            uint[] s = order.Create();
            byte[] k = new byte[order.ByteLength];
            SakkeJacobianPoint kp = new SakkeJacobianPoint(_ctx.F);
            SakkePoint ka = new SakkePoint(_ctx.F);
            try
            {
                byte[] a = _ctx.IdentifierScalar(identifier);
                order.FromBytes(a, 0, a.Length, s);
                order.Add(s, s, _z);
                if (order.IsZero(s) != 0) throw new InvalidKeyException("SAKKE KMS: a + z_T = 0 mod q; no RSK exists for this identifier");
                order.Invert(s, s);
                order.ToBytes(s, k, 0);
                _ctx.Multiplier.Multiply(kp, _ctx.P, k);
                _ctx.Curve.ToAffine(ka, kp);
                return _ctx.Curve.Encode(ka);
            }
            finally
            {
                // a + z_T gives z_T back (a is public); the RSK itself leaves only in the returned encoding
                Secrets.Wipe(s);
                Secrets.Wipe(k);
                kp.Wipe();
                ka.Wipe();
                _ctx.Wipe();
            }
        }

        /// <summary>Zeroizes z_T (and the working set); the KMS cannot issue afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_z);
            _ctx.Wipe();
        }
    }
}
