namespace MikeyNano.Native
{
    /// <summary>The native backend linked into the firmware image: forwards to <see cref="NativeCalls"/> (InternalCalls).
    /// On firmware without the backend every call throws NotSupportedException (on .NET, SecurityException);
    /// <see cref="NativeArithmetic"/> makes one such call to find out and never another.</summary>
    internal sealed class FirmwareKernels : INativeKernels
    {
        public int Version() { return NativeCalls.Version(); }
        public int P256MulBase(byte[] result, byte[] k) { return NativeCalls.P256MulBase(result, k); }
        public int P256Mul(byte[] result, byte[] p, byte[] k) { return NativeCalls.P256Mul(result, p, k); }
        public int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q) { return NativeCalls.P256MulAddPublic(result, u1, u2, q); }
        public int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3) { return NativeCalls.P256MulAdd3Public(result, u1, u2, q2, u3, q3); }
        public int SakkeMul(byte[] result, byte[] q, byte[] k) { return NativeCalls.SakkeMul(result, q, k); }
        public int SakkeCombWords() { return NativeCalls.SakkeCombWords(); }
        public int SakkeCombBuild(uint[] table, byte[] b) { return NativeCalls.SakkeCombBuild(table, b); }
        public int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2) { return NativeCalls.SakkeCombMul2(result, table1, k1, table2, k2); }
        public int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b) { return NativeCalls.SakkeCombMulRb(result, table1, table2, r, b); }
        public int SakkePair(byte[] w, byte[] r, byte[] q) { return NativeCalls.SakkePair(w, r, q); }
        public int SakkePfPow(byte[] result, byte[] g, byte[] r) { return NativeCalls.SakkePfPow(result, g, r); }
        public int SakkeRskTableWords() { return NativeCalls.SakkeRskTableWords(); }
        public int SakkeRskTableBuild(uint[] table, byte[] rsk) { return NativeCalls.SakkeRskTableBuild(table, rsk); }
        public int SakkeRskPair(byte[] w, uint[] table, byte[] r) { return NativeCalls.SakkeRskPair(w, table, r); }
        public int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint) { return NativeCalls.SakkeCheck(qb, r, rPoint); }
        public int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint) { return NativeCalls.SakkeCheckComb(table, r, rPoint); }
        public int SrtpKeysWords() { return NativeCalls.SrtpKeysWords(); }
        public int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey) { return NativeCalls.SrtpKeysInit(keys, suite, encKey, salt, authKey); }
        public int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) { return NativeCalls.SrtpProtect(keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength); }
        public int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) { return NativeCalls.SrtpUnprotect(keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength); }
        public int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks) { return NativeCalls.Sha256Blocks(state, data, offset, blocks); }
        public int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow) { return NativeCalls.SrtpKdf(output, masterKey, masterSalt, label, rHigh, rLow); }
        public int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk) { return NativeCalls.EccsiSignS(s, j, he, r, ssk); }
    }
}
