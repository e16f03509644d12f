using System;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Curves
{
    /// <summary>
    /// An affine P-256 point, immutable to callers (the library wipes the one that is a secret, ECDH's shared point,
    /// after use), validated on construction: either the point at infinity or (x, y) with
    /// x, y &lt; p on y^2 = x^3 - 3x + b. Encodings follow SEC 1 v2 section 2.3.3/2.3.4: 0x04 || X || Y (65 octets),
    /// 0x02/0x03 || X (33 octets, the prefix carrying y's parity), and 0x00 alone for infinity.
    /// </summary>
    public sealed class P256Point
    {
        private readonly uint[] _x;
        private readonly uint[] _y;
        private readonly bool _infinity;

        // Built on first use, not by static initialisers: nanoCLR runs those eagerly at boot in metadata order, where
        // one reading P256Constants could run before P256Constants' own and see null. Two threads may both build one;
        // the points are equal and immutable, so either may win.
        private static P256Point _pointAtInfinity, _generator;

        /// <summary>The point at infinity (the group identity).</summary>
        internal static P256Point Infinity
        {
            get
            {
                P256Point p = _pointAtInfinity;
                if (p == null) _pointAtInfinity = p = new P256Point();
                return p;
            }
        }

        /// <summary>The base point G.</summary>
        internal static P256Point Generator
        {
            get
            {
                P256Point p = _generator;
                if (p == null) _generator = p = new P256Point(P256Constants.Gx, P256Constants.Gy);
                return p;
            }
        }

        private P256Point()
        {
            _x = new uint[8];
            _y = new uint[8];
            _infinity = true;
        }

        /// <summary>For affine coordinates (plain integers, not field elements) already known to be on the curve
        /// (internal: computed results).</summary>
        internal P256Point(uint[] x, uint[] y)
        {
            _x = new uint[8];
            _y = new uint[8];
            Array.Copy(x, _x, 8);
            Array.Copy(y, _y, 8);
        }

        internal bool IsInfinity { get { return _infinity; } }

        /// <summary>x as 32 octets big-endian (a copy). Throws InvalidPointException for infinity.</summary>
        public byte[] X { get { return Coordinate(_x); } }

        /// <summary>y as 32 octets big-endian (a copy). Throws InvalidPointException for infinity.</summary>
        public byte[] Y { get { return Coordinate(_y); } }

        internal uint[] XLimbs { get { return _x; } }
        internal uint[] YLimbs { get { return _y; } }

        private byte[] Coordinate(uint[] c)
        {
            if (_infinity) throw new InvalidPointException("the point at infinity has no affine coordinates");
            byte[] b = new byte[32];
            Natural.ToBigEndian(c, 8, b, 0, 32);
            return b;
        }

        /// <summary>The point with affine coordinates x, y (32 octets each, big-endian); validated.</summary>
        public static P256Point FromCoordinates(byte[] x, byte[] y)
        {
            if (x == null || y == null || x.Length != 32 || y.Length != 32)
                throw new InvalidPointException("P-256 coordinates are 32 octets each");
            byte[] enc = new byte[65];
            enc[0] = 4;
            Array.Copy(x, 0, enc, 1, 32);
            Array.Copy(y, 0, enc, 33, 32);
            return Decode(enc, 0, 65);
        }

        /// <summary>Decodes a finite point (SEC 1 2.3.4): 65-octet uncompressed or 33-octet compressed. Throws
        /// InvalidPointException on a wrong length, bad prefix, coordinate &gt;= p, a point not on the curve, or the
        /// infinity encoding (a finite point is required).</summary>
        public static P256Point Decode(byte[] src, int offset, int length)
        {
            if (src == null || offset < 0 || length < 0 || offset > src.Length - length)
                throw new InvalidPointException("point encoding range is outside the buffer");
            if (length == 0) throw new InvalidPointException("empty point encoding");
            byte prefix = src[offset];
            if (prefix == 0)
                throw new InvalidPointException("the point at infinity is not allowed here");
            var f = new P256Field();
            uint[] x = f.Create(), y = f.Create(), rhs = f.Create(); // field elements (Montgomery form)
            if (prefix == 4)
            {
                if (length != 65) throw new InvalidPointException("uncompressed P-256 point must be 65 octets, got " + length);
                ReadCoordinate(f, src, offset + 1, x, "x");
                ReadCoordinate(f, src, offset + 33, y, "y");
                RightHandSide(f, x, rhs);
                uint[] y2 = f.Create();
                f.Sqr(y2, y);
                if (f.AreEqual(y2, rhs) == 0) throw new InvalidPointException("point is not on P-256");
                return FromField(f, x, y);
            }
            if (prefix == 2 || prefix == 3)
            {
                if (length != 33) throw new InvalidPointException("compressed P-256 point must be 33 octets, got " + length);
                ReadCoordinate(f, src, offset + 1, x, "x");
                RightHandSide(f, x, rhs);
                if (!f.Sqrt(y, rhs)) throw new InvalidPointException("x is not the abscissa of a P-256 point");
                f.ToNatural(x, x);
                f.ToNatural(y, y);                // the parity is the plain integer's
                // y = 0 has no odd partner; P-256 has no point of order 2 (x^3 - 3x + b has no root), so y != 0 here.
                uint[] negY = f.Create();
                f.Neg(negY, y);
                uint wantOdd = (uint)(prefix & 1);
                uint mask = 0u - ((y[0] & 1) ^ wantOdd ^ 1u); // all ones when y already has the wanted parity
                f.Select(y, y, negY, mask);
                return new P256Point(x, y);
            }
            throw new InvalidPointException("unknown point prefix 0x" + MikeyNano.Bytes.Hex.Encode(new byte[] { prefix }));
        }

        /// <summary>Decodes like <see cref="Decode"/> but also accepts the single octet 0x00 as infinity.</summary>
        internal static P256Point DecodeAllowInfinity(byte[] src, int offset, int length)
        {
            if (src != null && length == 1 && offset >= 0 && offset < src.Length && src[offset] == 0) return Infinity;
            return Decode(src, offset, length);
        }

        private static void ReadCoordinate(P256Field f, byte[] src, int offset, uint[] r, string name)
        {
            try
            {
                f.FromBytes(src, offset, 32, r);
            }
            catch (InvalidEncodingException)
            {
                throw new InvalidPointException("P-256 " + name + " coordinate is not below p");
            }
        }

        /// <summary>rhs = x^3 - 3x + b (field elements).</summary>
        internal static void RightHandSide(P256Field f, uint[] x, uint[] rhs)
        {
            uint[] t = f.Create(), b = f.Create();
            f.Sqr(t, x);
            f.Mul(t, t, x);
            f.Sub(t, t, x);
            f.Sub(t, t, x);
            f.Sub(t, t, x);
            f.FromNatural(b, P256Constants.B);
            f.Add(rhs, t, b);
        }

        /// <summary>The point with the given field-element coordinates (converted to plain integers).</summary>
        internal static P256Point FromField(P256Field f, uint[] x, uint[] y)
        {
            uint[] px = f.Create(), py = f.Create();
            try
            {
                f.ToNatural(px, x);
                f.ToNatural(py, y);
                return new P256Point(px, py);
            }
            finally
            {
                Secrets.Wipe(px); // the constructor copied them; a secret point (ECDH's) must leave no other copy
                Secrets.Wipe(py);
            }
        }

        /// <summary>Zeroizes the coordinates of a point that is a secret (ECDH's shared point), once it is used.</summary>
        internal void Wipe()
        {
            Secrets.Wipe(_x);
            Secrets.Wipe(_y);
        }

        /// <summary>0x04 || X || Y (65 octets); 0x00 for infinity.</summary>
        public byte[] EncodeUncompressed()
        {
            if (_infinity) return new byte[] { 0 };
            byte[] b = new byte[65];
            b[0] = 4;
            Natural.ToBigEndian(_x, 8, b, 1, 32);
            Natural.ToBigEndian(_y, 8, b, 33, 32);
            return b;
        }

        /// <summary>(0x02 | parity of y) || X (33 octets); 0x00 for infinity.</summary>
        public byte[] EncodeCompressed()
        {
            if (_infinity) return new byte[] { 0 };
            byte[] b = new byte[33];
            b[0] = (byte)(2 | (_y[0] & 1));
            Natural.ToBigEndian(_x, 8, b, 1, 32);
            return b;
        }

        /// <summary>Value equality (both infinity, or the same coordinates). Not constant-time: points are public.</summary>
        public bool Equals(P256Point other)
        {
            if (other == null) return false;
            if (_infinity || other._infinity) return _infinity == other._infinity;
            return Natural.AreEqual(_x, other._x, 8) != 0 && Natural.AreEqual(_y, other._y, 8) != 0;
        }
    }
}
