using System;
using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    /// <summary>SAKKE parameter set 1 in the native backend (firmware/native/include/mn_sakke.h): the 1024-bit field
    /// kernels, scalar multiplication (plain and by comb tables), the RFC 6508 pairing (plain and over the RSK's line
    /// table) and the receiver's check. Points are x || y (256 octets, no 0x04 prefix), scalars and field elements 128
    /// octets big-endian, tables uint[] buffers sized by the *Words queries. Each wrapper returns the native status.</summary>
    public static partial class NativeBackend
    {
        public const int SakkeElementLength = 128;
        public const int SakkePointLength = 256;

        [DllImport(Library, EntryPoint = "mn_fp1024_mul")] private static extern unsafe int Fp1024MulNative(uint* r, uint* a, uint* b);
        [DllImport(Library, EntryPoint = "mn_fp1024_sqr")] private static extern unsafe int Fp1024SqrNative(uint* r, uint* a);
        [DllImport(Library, EntryPoint = "mn_fp1024_inv")] private static extern unsafe int Fp1024InvNative(uint* r, uint* a);
        [DllImport(Library, EntryPoint = "mn_sakke_mul")] private static extern unsafe int SakkeMulNative(byte* output, byte* point, byte* k);
        [DllImport(Library, EntryPoint = "mn_sakke_comb_words")] private static extern nuint SakkeCombWordsNative();
        [DllImport(Library, EntryPoint = "mn_sakke_comb_build_public")] private static extern unsafe int SakkeCombBuildNative(uint* table, nuint words, byte* basePoint);
        [DllImport(Library, EntryPoint = "mn_sakke_comb_mul")] private static extern unsafe int SakkeCombMulNative(byte* output, uint* table, nuint words, byte* k);
        [DllImport(Library, EntryPoint = "mn_sakke_comb_mul2")] private static extern unsafe int SakkeCombMul2Native(byte* output, uint* table1, byte* k1, uint* table2, byte* k2, nuint words);
        [DllImport(Library, EntryPoint = "mn_sakke_pair")] private static extern unsafe int SakkePairNative(byte* w, byte* r, byte* q);
        [DllImport(Library, EntryPoint = "mn_sakke_rsk_table_words")] private static extern nuint SakkeRskTableWordsNative();
        [DllImport(Library, EntryPoint = "mn_sakke_rsk_table_build")] private static extern unsafe int SakkeRskTableBuildNative(uint* table, nuint words, byte* rsk);
        [DllImport(Library, EntryPoint = "mn_sakke_rsk_pair")] private static extern unsafe int SakkeRskPairNative(byte* w, uint* table, nuint words, byte* r);
        [DllImport(Library, EntryPoint = "mn_sakke_check")] private static extern unsafe int SakkeCheckNative(byte* qb, byte* r, byte* rPoint);
        [DllImport(Library, EntryPoint = "mn_sakke_check_comb")] private static extern unsafe int SakkeCheckCombNative(uint* table, nuint words, byte* r, byte* rPoint);

        private static void Need(Array a, int length, string name)
        {
            if (a == null) throw new ArgumentNullException(name);
            if (a.Length != length) throw new ArgumentException(name + " must have " + length + " elements", name);
        }

        /// <summary>r = a b mod p on 32 little-endian limbs of plain canonical values.</summary>
        public static unsafe int Fp1024Mul(uint[] r, uint[] a, uint[] b)
        {
            Need(r, 32, nameof(r)); Need(a, 32, nameof(a)); Need(b, 32, nameof(b));
            fixed (uint* pr = r, pa = a, pb = b) return Fp1024MulNative(pr, pa, pb);
        }

        public static unsafe int Fp1024Sqr(uint[] r, uint[] a)
        {
            Need(r, 32, nameof(r)); Need(a, 32, nameof(a));
            fixed (uint* pr = r, pa = a) return Fp1024SqrNative(pr, pa);
        }

        public static unsafe int Fp1024Inv(uint[] r, uint[] a)
        {
            Need(r, 32, nameof(r)); Need(a, 32, nameof(a));
            fixed (uint* pr = r, pa = a) return Fp1024InvNative(pr, pa);
        }

        /// <summary>output = [k]point, the plain multiplier.</summary>
        public static unsafe int SakkeMultiply(byte[] output, byte[] point, byte[] k)
        {
            Need(output, SakkePointLength, nameof(output)); Need(point, SakkePointLength, nameof(point)); Need(k, SakkeElementLength, nameof(k));
            fixed (byte* o = output, p = point, s = k) return SakkeMulNative(o, p, s);
        }

        public static int SakkeCombWords => checked((int)SakkeCombWordsNative());

        /// <summary>A comb table of the public point basePoint.</summary>
        public static unsafe int SakkeCombBuild(uint[] table, byte[] basePoint)
        {
            Need(basePoint, SakkePointLength, nameof(basePoint));
            fixed (uint* t = table) fixed (byte* b = basePoint) return SakkeCombBuildNative(t, (nuint)table.Length, b);
        }

        public static unsafe int SakkeCombMultiply(byte[] output, uint[] table, byte[] k)
        {
            Need(output, SakkePointLength, nameof(output)); Need(k, SakkeElementLength, nameof(k));
            fixed (byte* o = output, s = k) fixed (uint* t = table) return SakkeCombMulNative(o, t, (nuint)table.Length, s);
        }

        /// <summary>output = [k1]B1 + [k2]B2 over two combs of the same size.</summary>
        public static unsafe int SakkeCombMultiplyTwo(byte[] output, uint[] table1, byte[] k1, uint[] table2, byte[] k2)
        {
            Need(output, SakkePointLength, nameof(output)); Need(k1, SakkeElementLength, nameof(k1)); Need(k2, SakkeElementLength, nameof(k2));
            Need(table2, table1.Length, nameof(table2));
            fixed (byte* o = output, s1 = k1, s2 = k2) fixed (uint* t1 = table1, t2 = table2)
                return SakkeCombMul2Native(o, t1, s1, t2, s2, (nuint)table1.Length);
        }

        /// <summary>w = &lt;r, q&gt; (RFC 6508 3.2) as its 128-octet PF_p representation.</summary>
        public static unsafe int SakkePair(byte[] w, byte[] r, byte[] q)
        {
            Need(w, SakkeElementLength, nameof(w)); Need(r, SakkePointLength, nameof(r)); Need(q, SakkePointLength, nameof(q));
            fixed (byte* pw = w, pr = r, pq = q) return SakkePairNative(pw, pr, pq);
        }

        public static int SakkeRskTableWords => checked((int)SakkeRskTableWordsNative());

        public static unsafe int SakkeRskTableBuild(uint[] table, byte[] rsk)
        {
            Need(rsk, SakkePointLength, nameof(rsk));
            fixed (uint* t = table) fixed (byte* k = rsk) return SakkeRskTableBuildNative(t, (nuint)table.Length, k);
        }

        /// <summary>w = &lt;r, RSK&gt; over the RSK's line table.</summary>
        public static unsafe int SakkeRskPair(byte[] w, uint[] table, byte[] r)
        {
            Need(w, SakkeElementLength, nameof(w)); Need(r, SakkePointLength, nameof(r));
            fixed (byte* pw = w, pr = r) fixed (uint* t = table) return SakkeRskPairNative(pw, t, (nuint)table.Length, pr);
        }

        /// <summary>Ok when [r]qb == rPoint (RFC 6508 6.2.2 step 4), else ErrorPoint (or ErrorEncoding).</summary>
        public static unsafe int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint)
        {
            Need(qb, SakkePointLength, nameof(qb)); Need(r, SakkeElementLength, nameof(r)); Need(rPoint, SakkePointLength, nameof(rPoint));
            fixed (byte* pq = qb, pr = r, pp = rPoint) return SakkeCheckNative(pq, pr, pp);
        }

        public static unsafe int SakkeCheckComb(uint[] qbTable, byte[] r, byte[] rPoint)
        {
            Need(r, SakkeElementLength, nameof(r)); Need(rPoint, SakkePointLength, nameof(rPoint));
            fixed (byte* pr = r, pp = rPoint) fixed (uint* t = qbTable) return SakkeCheckCombNative(t, (nuint)qbTable.Length, pr, pp);
        }
    }
}
