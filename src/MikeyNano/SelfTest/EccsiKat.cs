using MikeyNano.Bytes;
using MikeyNano.Eccsi;

namespace MikeyNano.SelfTest
{
    /// <summary>ECCSI (RFC 6507 Appendix A, P-256/SHA-256): KPAK from KSAK, (SSK, PVT) issue with v, their validation
    /// (5.1.2), the signature with j, and its verification.</summary>
    internal sealed class EccsiKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "ECCSI (P-256, SHA-256)"; } }
        public override string Source { get { return "RFC 6507 Appendix A"; } }

        private const string Kpak = "0450D4670BDE75244F28D2838A0D25558A7A72686D4522D4C8273FB6442AEBFA93DBDD37551AFD263B5DFD617F3960C65A8C298850FF99F20366DCE7D4367217F4";
        private const string Id = "323031312D30320074656C3A2B34343737303039303031323300";
        private const string Pvt = "04758A142779BE89E829E71984CB40EF758CC4AD775FC5B9A3E1C8ED52F6FA36D9A79D247692F4EDA3A6BDAB77D6AA6474A464AE4934663C5265BA7018BA091F79";
        private const string Ssk = "23F374AE1F4033F3E9DBDDAAEF20F4CF0B86BBD5A138A5AE9E7E006B34489A0D";
        private const string Signature =
            "269D4C8FDEB66A74E4EF8C0D5DCC597DDFE6029C2AFFC4936008CD2CC1045D81E09B528D0EF8D6DF1AA3ECBF80110CFCEC9FC68252CEBB679F4134846940CCFD" + Pvt;

        public override void Run()
        {
            EccsiKms kms = new EccsiKms(Hex.Decode("012345"));
            ExpectHex("KPAK", Kpak, kms.Kpak);
            byte[] pvt;
            byte[] ssk = kms.IssueWith(Hex.Decode(Id), Hex.Decode("023456"), out pvt);
            ExpectHex("PVT", Pvt, pvt);
            ExpectHex("SSK", Ssk, ssk);
            EccsiSigner signer = new EccsiSigner(Hex.Decode(Kpak), Hex.Decode(Id), ssk, pvt);
            byte[] m = Hex.Decode("6D65737361676500");
            byte[] sig = signer.SignWith(m, 0, m.Length, Hex.Decode("034567"));
            ExpectHex("signature", Signature, sig);
            Expect("signature verifies", new EccsiVerifier(Hex.Decode(Kpak), false).IsValid(m, 0, m.Length, sig, 0, Hex.Decode(Id)));
            signer.Wipe();
            kms.Wipe();
        }
    }
}
