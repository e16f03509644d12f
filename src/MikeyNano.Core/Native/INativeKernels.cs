namespace MikeyNano.Native
{
    /// <summary>
    /// The native backend as the library calls it: one method per InternalCall of MikeyNano.Native.NativeCalls (one
    /// call does a whole scalar multiplication, pairing or packet; the comments there and mikeynano_native.h say what
    /// each computes), each returning the C function's status (0 = MN_OK, negative = MN_E*). On the device
    /// <see cref="FirmwareKernels"/> implements it with the firmware's InternalCalls; on the host a P/Invoke
    /// implementation (src/MikeyNano.NativeHost) can be handed to <see cref="NativeArithmetic"/>, which is how the host
    /// tests run the library's native path against the same C.
    /// </summary>
    internal interface INativeKernels
    {
        int Version();

        int P256MulBase(byte[] result, byte[] k);
        int P256Mul(byte[] result, byte[] p, byte[] k);
        int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q);
        int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3);

        int SakkeMul(byte[] result, byte[] q, byte[] k);
        int SakkeCombWords();
        int SakkeCombBuild(uint[] table, byte[] b);
        int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2);
        int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b);
        int SakkePair(byte[] w, byte[] r, byte[] q);
        int SakkePfPow(byte[] result, byte[] g, byte[] r);
        int SakkeRskTableWords();
        int SakkeRskTableBuild(uint[] table, byte[] rsk);
        int SakkeRskPair(byte[] w, uint[] table, byte[] r);
        int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint);
        int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint);

        int SrtpKeysWords();
        int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey);
        int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow);
        int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength);
        int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength);

        int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks);

        int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk);
    }
}
