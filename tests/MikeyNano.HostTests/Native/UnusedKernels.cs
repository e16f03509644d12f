using System;
using MikeyNano.Native;

namespace MikeyNano.HostTests.Native
{
    /// <summary>A backend whose every call throws: test doubles override what they need.</summary>
    internal class UnusedKernels : INativeKernels
    {
        public virtual int Version() { throw new NotImplementedException("Version"); }
        public virtual int P256MulBase(byte[] result, byte[] k) { throw new NotImplementedException("P256MulBase"); }
        public virtual int P256Mul(byte[] result, byte[] p, byte[] k) { throw new NotImplementedException("P256Mul"); }
        public virtual int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q) { throw new NotImplementedException("P256MulAddPublic"); }
        public virtual int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3) { throw new NotImplementedException("P256MulAdd3Public"); }
        public virtual int SakkeMul(byte[] result, byte[] q, byte[] k) { throw new NotImplementedException("SakkeMul"); }
        public virtual int SakkeCombWords() { throw new NotImplementedException("SakkeCombWords"); }
        public virtual int SakkeCombBuild(uint[] table, byte[] b) { throw new NotImplementedException("SakkeCombBuild"); }
        public virtual int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2) { throw new NotImplementedException("SakkeCombMul2"); }
        public virtual int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b) { throw new NotImplementedException("SakkeCombMulRb"); }
        public virtual int SakkePair(byte[] w, byte[] r, byte[] q) { throw new NotImplementedException("SakkePair"); }
        public virtual int SakkePfPow(byte[] result, byte[] g, byte[] r) { throw new NotImplementedException("SakkePfPow"); }
        public virtual int SakkeRskTableWords() { throw new NotImplementedException("SakkeRskTableWords"); }
        public virtual int SakkeRskTableBuild(uint[] table, byte[] rsk) { throw new NotImplementedException("SakkeRskTableBuild"); }
        public virtual int SakkeRskPair(byte[] w, uint[] table, byte[] r) { throw new NotImplementedException("SakkeRskPair"); }
        public virtual int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint) { throw new NotImplementedException("SakkeCheck"); }
        public virtual int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint) { throw new NotImplementedException("SakkeCheckComb"); }
        public virtual int SrtpKeysWords() { throw new NotImplementedException("SrtpKeysWords"); }
        public virtual int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey) { throw new NotImplementedException("SrtpKeysInit"); }
        public virtual int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) { throw new NotImplementedException("SrtpProtect"); }
        public virtual int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) { throw new NotImplementedException("SrtpUnprotect"); }
        public virtual int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks) { throw new NotImplementedException("Sha256Blocks"); }
        public virtual int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow) { throw new NotImplementedException("SrtpKdf"); }
        public virtual int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk) { throw new NotImplementedException("EccsiSignS"); }
    }
}
