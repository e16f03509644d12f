using System;
using System.IO;
using System.Linq;
using MikeyNano.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>`mikeynano kms | sakke | eccsi | keys` run in-process through the command classes' entry points on the
/// RFC 6507 / RFC 6508 Appendix A values (../shared/vectors) and the Streamwide UID vector: the outputs are the
/// published values, and tampered input exits 1 with a typed error.</summary>
[TestClass]
public sealed class KeyCommandsTests
{
    const string Z = "AFF429D35F84B110D094803B3595A6E2998BC99F";
    const string Id = "323031312d30320074656c3a2b34343737303039303031323300";
    const string Ssv = "123456789abcdef0123456789abcdef0";
    // RFC 6508 Appendix A: Z_T, RSK and the Encapsulated Data (R || H)
    static readonly string ZT = ("04" + Sakke.Rfc6508VectorsHost.ZTx + Sakke.Rfc6508VectorsHost.ZTy).ToLowerInvariant();
    // RFC 6507 Appendix A
    const string Kpak = "0450d4670bde75244f28d2838a0d25558a7a72686d4522d4c8273fb6442aebfa93dbdd37551afd263b5dfd617f3960c65a8c298850ff99f20366dce7d4367217f4";
    const string Ssk = "23f374ae1f4033f3e9dbddaaef20f4cf0b86bbd5a138a5ae9e7e006b34489a0d";
    const string Pvt = "04758a142779be89e829e71984cb40ef758cc4ad775fc5b9a3e1c8ed52f6fa36d9a79d247692f4eda3a6bdab77d6aa6474a464ae4934663c5265ba7018ba091f79";
    const string Signature = "269d4c8fdeb66a74e4ef8c0d5dcc597ddfe6029c2affc4936008cd2cc1045d81e09b528d0ef8d6df1aa3ecbf80110cfcec9fc68252cebb679f4134846940ccfd" + Pvt;

    static (int rc, string[] lines, string err) Call(Func<TextWriter, TextWriter, int> command)
    {
        var (rc, output, err) = CliCapture.Run(command);
        return (rc, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), err);
    }

    static string Value(string[] lines, string key) => lines.Single(l => l.StartsWith(key + "=")).Substring(key.Length + 1);

    [TestMethod]
    public void KmsInitAndIssue_GiveTheAppendixAKeys()
    {
        var init = Call((o, e) => KmsCommands.Init(Z, "012345", o, e));
        Assert.AreEqual(0, init.rc, init.err);
        Assert.AreEqual(ZT, Value(init.lines, "sakke-public"));
        Assert.AreEqual(Kpak, Value(init.lines, "kpak"));
        var issue = Call((o, e) => KmsCommands.Issue(Z, "012345", Id, "023456", false, o, e));
        Assert.AreEqual(0, issue.rc, issue.err);
        Assert.AreEqual(("04" + Sakke.Rfc6508VectorsHost.RskX + Sakke.Rfc6508VectorsHost.RskY).ToLowerInvariant(), Value(issue.lines, "rsk"));
        Assert.AreEqual(Ssk, Value(issue.lines, "ssk"));
        Assert.AreEqual(Pvt, Value(issue.lines, "pvt"));
    }

    [TestMethod]
    public void SakkeEncapDecap_AppendixA()
    {
        var encap = Call((o, e) => SakkeCommands.Encap(ZT, Id, Ssv, true, true, o, e));
        Assert.AreEqual(0, encap.rc, encap.err);
        string sed = Value(encap.lines, "sed");
        Assert.AreEqual(Sakke.Rfc6508VectorsHost.Sed.ToLowerInvariant(), sed);
        Assert.IsTrue(encap.lines.Any(l => l.StartsWith("cost: ")), "--cost prints the F_p operation count");
        string rsk = "04" + Sakke.Rfc6508VectorsHost.RskX + Sakke.Rfc6508VectorsHost.RskY;
        var decap = Call((o, e) => SakkeCommands.Decap(ZT, Id, rsk, sed, false, false, o, e));
        Assert.AreEqual(0, decap.rc, decap.err);
        Assert.AreEqual(Ssv, Value(decap.lines, "ssv"));
        string tampered = sed.Substring(0, sed.Length - 1) + (sed[^1] == '0' ? '1' : '0');
        var bad = Call((o, e) => SakkeCommands.Decap(ZT, Id, rsk, tampered, true, false, o, e));
        Assert.AreEqual(1, bad.rc);
        StringAssert.Contains(bad.err, "DecapsulationException");
    }

    [TestMethod]
    public void EccsiSignVerify_AppendixA()
    {
        var sign = Call((o, e) => EccsiCommands.Sign(Kpak, Id, Ssk, Pvt, "6d65737361676500", "034567", false, o, e));
        Assert.AreEqual(0, sign.rc, sign.err);
        Assert.AreEqual(Signature, Value(sign.lines, "signature"));
        var ok = Call((o, e) => EccsiCommands.Verify(Kpak, Id, "6d65737361676500", Signature, true, false, o, e));
        Assert.AreEqual(0, ok.rc, ok.err);
        CollectionAssert.Contains(ok.lines, "valid");
        var bad = Call((o, e) => EccsiCommands.Verify(Kpak, Id, "6d65737361676501", Signature, false, false, o, e));
        Assert.AreEqual(1, bad.rc);
        StringAssert.Contains(bad.err, "SignatureException");
    }

    [TestMethod]
    public void KeysValidate_AndUid()
    {
        string rsk = "04" + Sakke.Rfc6508VectorsHost.RskX + Sakke.Rfc6508VectorsHost.RskY;
        var ok = Call((o, e) => KeysCommands.Validate(Id, ZT, rsk, Kpak, Ssk, Pvt, false, o, e));
        Assert.AreEqual(0, ok.rc, ok.err);
        CollectionAssert.Contains(ok.lines, "rsk: valid");
        CollectionAssert.Contains(ok.lines, "ssk/pvt: valid, hs=490f3febbc1c902f6289723d7f8cbf79db88930849d19f38f0295b5c276c14d1");
        string badSsk = Ssk.Substring(0, 63) + "c";
        var bad = Call((o, e) => KeysCommands.Validate(Id, null, null, Kpak, badSsk, Pvt, false, o, e));
        Assert.AreEqual(1, bad.rc);
        Assert.IsTrue(bad.lines.Any(l => l.StartsWith("ssk/pvt: INVALID")));
        // Streamwide Alice, TS 33.180 F.2.1
        var uid = Call((o, e) => KmsCommands.Uid("sip:alice@streamwide.com", "kms.mydev.streamwide.com", 16777215, 0, 236, o, e));
        Assert.AreEqual("b5c452309219da6a3d805615548d6c1b0f4de45a6b48fb13d9a24d857fc03dc4", Value(uid.lines, "uid"));
    }
}
