using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.SelfTest
{
    /// <summary>1024-bit Montgomery arithmetic over the SAKKE prime: Px * Py mod p and Px^-1 mod p, with RFC 6509's
    /// parameter-set-1 values as inputs; the expected results were computed independently with arbitrary-precision
    /// integers (Python).</summary>
    internal sealed class MontgomeryKat : KnownAnswerTest
    {
        private const string P =
            "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2EF40AAB27E2FC0F1B228730D531A59CB0" +
            "E791B39FF7C88A19356D27F4A666A6D0E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA" +
            "9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB";
        private const string Px =
            "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBFB5EDB6C0F6CE2308AB10DB9030B09E10" +
            "43D5F22CDB9DFA55718BD9E7406CE8909760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910D" +
            "D5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895";
        private const string Py =
            "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178F5EA69F4654EC2B9E7F7F5E5F0DE55F6" +
            "6B598CCF9A140B2E416CFF0CA9E032B970DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F2" +
            "13515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7";

        public override string Algorithm { get { return "Montgomery field (1024-bit)"; } }
        public override string Source { get { return "RFC 6509 Appendix A values; results from arbitrary-precision integers"; } }

        public override void Run()
        {
            var f = new MontgomeryField(Hex.Decode(P));
            uint[] x = f.Create(), y = f.Create(), r = f.Create();
            f.FromBytes(Hex.Decode(Px), 0, 128, x);
            f.FromBytes(Hex.Decode(Py), 0, 128, y);
            byte[] out1 = new byte[128];
            f.Mul(r, x, y);
            f.ToBytes(r, out1, 0);
            ExpectHex("Px * Py mod p",
                "2335a99eff22c1288d4c6d8563dd42c56c4d07f9fc3661b6dee567930940578265666c898fb5185d38a26dbff24a9f9c" +
                "adb521e853ba39d2d74603f529983ccfaa69bb3644bccd34b4e884d57c600bc9c1da01c598eab6ea371f8e74b9656269" +
                "ad5ade9c5ccce5d260fb2d8a60f99e702a4081930590f9fd565490b4472d490f", out1);
            f.Invert(r, x);
            f.ToBytes(r, out1, 0);
            ExpectHex("Px^-1 mod p",
                "88cdda2bbd997a17c6ed1f05a2488950311c244a95cc0cecb677d1c27a3e67162380954312676a395fe8ee83d81634b5" +
                "1a540acaddea7ae16853b285efe3b37bfc331138cb71bb72a71ed33d73fed4674302077b6ff8b9794d752e386135ec29" +
                "cefa718c2110781efb2ae1ee5bae668016f17c42f2c65b153778db123fdbd262", out1);
            // P on E: y^2 = x^3 - 3x (RFC 6508 section 2.1)
            uint[] lhs = f.Create(), rhs = f.Create();
            f.Sqr(lhs, y);
            f.Sqr(rhs, x);
            f.Mul(rhs, rhs, x);
            f.Sub(rhs, rhs, x); f.Sub(rhs, rhs, x); f.Sub(rhs, rhs, x);
            Expect("P lies on y^2 = x^3 - 3x", f.AreEqual(lhs, rhs) != 0);
        }
    }
}
