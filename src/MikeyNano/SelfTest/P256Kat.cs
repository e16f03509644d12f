using MikeyNano.Bytes;
using MikeyNano.Ecc;

namespace MikeyNano.SelfTest
{
    /// <summary>P-256: the public key d G and the deterministic ECDSA signature of "sample" from RFC 6979 A.2.5,
    /// then verification of that signature.</summary>
    internal sealed class P256Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "P-256 scalar multiplication and ECDSA (RFC 6979)"; } }
        public override string Source { get { return "RFC 6979 Appendix A.2.5, SHA-256, message \"sample\""; } }

        public override void Run()
        {
            byte[] d = Hex.Decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");
            P256KeyPair kp = P256KeyPair.FromPrivateKey(d);
            ExpectHex("Ux", "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6", kp.PublicKey.X);
            ExpectHex("Uy", "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299", kp.PublicKey.Y);
            byte[] msg = { 0x73, 0x61, 0x6D, 0x70, 0x6C, 0x65 }; // "sample"
            byte[] sig = EcdsaP256.SignData(d, msg);
            ExpectHex("signature r || s",
                "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716" +
                "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", sig);
            Expect("signature verifies", EcdsaP256.VerifyData(kp.PublicKey, msg, sig));
            sig[0] ^= 1;
            Expect("altered signature fails", !EcdsaP256.VerifyData(kp.PublicKey, msg, sig));
        }
    }
}
