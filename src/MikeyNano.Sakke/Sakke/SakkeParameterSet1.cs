using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// SAKKE parameter set 1 (RFC 6509 Appendix A; IANA "SAKKE params" value 1): E: y^2 = x^3 - 3x over F_p with a
    /// 1024-bit p = 3 mod 4, q = (p+1)/4 the order of P, g = &lt;P,P&gt; in PF_p, Hash = SHA-256, n = 128 (SSV bits).
    /// The fields are built on first use and shared (they hold no secrets).
    /// </summary>
    internal static class SakkeParameterSet1
    {
        public const int Id = 1;
        /// <summary>L: octets of a field element (RFC 6508 section 2.1, ceil(lg p / 8)).</summary>
        public const int L = 128;
        /// <summary>n in octets: the SSV length (128 bits).</summary>
        public const int SsvLength = 16;
        /// <summary>Octets of an encoded point 0x04 || x || y.</summary>
        public const int PointLength = 1 + 2 * L;
        /// <summary>Octets of the encapsulated data R || H (RFC 6508 section 4).</summary>
        public const int EncapsulatedDataLength = PointLength + SsvLength;

        public const string PHex =
            "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2E" +
            "F40AAB27E2FC0F1B228730D531A59CB0E791B39FF7C88A19356D27F4A666A6D0" +
            "E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA" +
            "9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB";
        public const string QHex =
            "265EAEC7C2958FF69971846636B4195E905B0338672D20986FA6B8D62CF8068B" +
            "BD02AAC9F8BF03C6C8A1CC354C69672C39E46CE7FDF222864D5B49FD2999A9B4" +
            "389B1921CC9AD335144AB173595A07386DABFD2A0C614AA0A9F3CF14870F026A" +
            "A7E535ABD5A5C7C7FF38FA08E2615F6C203177C42B1EB3A1D99B601EBFAA17FB";
        public const string PxHex =
            "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBF" +
            "B5EDB6C0F6CE2308AB10DB9030B09E1043D5F22CDB9DFA55718BD9E7406CE890" +
            "9760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910D" +
            "D5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895";
        public const string PyHex =
            "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178" +
            "F5EA69F4654EC2B9E7F7F5E5F0DE55F66B598CCF9A140B2E416CFF0CA9E032B9" +
            "70DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F2" +
            "13515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7";
        public const string GHex =
            "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87" +
            "371E94744C96FEDA449AE9563F8BC446CBFDA85D5D00EF577072DA8F541721BE" +
            "EE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFA" +
            "D682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46";

        // Prototypes holding the precomputed Montgomery constants. A field owns scratch space and is not safe to share
        // between threads, so every caller gets its own clone (cheap: the constants are shared, read-only).
        private static MontgomeryField _field;
        private static MontgomeryField _order;
        private static byte[] _q, _pEncoded, _g;
        private static int _qBits;

        /// <summary>F_p: a new instance for the caller (its own scratch space).</summary>
        public static MontgomeryField Field
        {
            get
            {
                if (_field == null) _field = new MontgomeryField(Hex.Decode(PHex));
                return _field.Clone();
            }
        }

        /// <summary>Integers mod q (scalars): a new instance for the caller (its own scratch space).</summary>
        public static MontgomeryField Order
        {
            get
            {
                if (_order == null) _order = new MontgomeryField(Hex.Decode(QHex));
                return _order.Clone();
            }
        }

        /// <summary>q, 128 octets big-endian (a copy).</summary>
        public static byte[] QBytes
        {
            get
            {
                if (_q == null) _q = Hex.Decode(QHex);
                return (byte[])_q.Clone();
            }
        }

        /// <summary>The bit length of q (1,022): HashToIntegerRange's l for n = q.</summary>
        public static int QBits
        {
            get
            {
                if (_qBits == 0)
                {
                    byte[] q = QBytes;
                    _qBits = ScalarBits.BitLength(ScalarBits.FromBigEndian(q, 0, q.Length, (q.Length + 3) / 4));
                }
                return _qBits;
            }
        }

        // The constants below are decoded once and handed out as copies: decoding the hex text costs the interpreter
        // far more than copying (public values, so sharing the decoded originals is safe).

        /// <summary>The encoded base point P (0x04 || Px || Py), a copy.</summary>
        public static byte[] PBytes()
        {
            if (_pEncoded == null) _pEncoded = Octets.Concat(new byte[] { 0x04 }, Hex.Decode(PxHex), Hex.Decode(PyHex));
            return (byte[])_pEncoded.Clone();
        }

        /// <summary>g = &lt;P,P&gt; as its 128-octet PF_p representation, a copy.</summary>
        public static byte[] GBytes()
        {
            if (_g == null) _g = Hex.Decode(GHex);
            return (byte[])_g.Clone();
        }
    }
}
