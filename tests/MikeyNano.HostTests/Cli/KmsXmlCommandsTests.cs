using System;
using System.IO;
using MikeyNano.Cli;
using MikeyNano.KmsXml;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>`mikeynano kms init-xml | keyprov-xml | check-xml` in-process: the KMS with the RFC 6508/6507 Appendix A
/// secrets writes a KmsInit holding the Appendix A Z_T and KPAK and a wrapped, signed KmsKeyProv that check-xml verifies,
/// unwraps and validates; the Streamwide sample key set is refused by check-xml with the failed check named.</summary>
[TestClass]
public sealed class KmsXmlCommandsTests
{
    const string Z = "AFF429D35F84B110D094803B3595A6E2998BC99F";
    const string Trk = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    static (int rc, string output, string error) Call(Func<TextWriter, TextWriter, int> command) => CliCapture.Run(command);

    static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "kms-xml", name);

    [TestMethod]
    public void TheTestKmsWritesAnnexDXmlThatCheckXmlAccepts()
    {
        string dir = Directory.CreateTempSubdirectory("kmsxml-cli").FullName;
        string init = Path.Combine(dir, "init.xml"), keyProv = Path.Combine(dir, "keyprov.xml");
        var w1 = Call((o, e) => KmsXmlCommands.Init(Z, "012345", "kms.example.org", "sip:alice@example.org", 2592000, 0, null, init, o, e));
        Assert.AreEqual(0, w1.rc, w1.error);
        KmsCertificate cert = KmsXmlReader.ReadFile(init).Certificate;
        Assert.AreEqual(Tests.Sakke.Rfc6508Vectors.ZT, KmsValue.Hex(cert.PubEncKey));
        Assert.AreEqual(Tests.Eccsi.EccsiRfc6507Tests.Kpak, KmsValue.Hex(cert.PubAuthKey));
        var w2 = Call((o, e) => KmsXmlCommands.KeyProv(Z, "012345", "kms.example.org", "sip:alice@example.org", 2592000, 0, 700, Trk, null, true, keyProv, o, e));
        Assert.AreEqual(0, w2.rc, w2.error);
        StringAssert.Contains(File.ReadAllText(keyProv), "<SignedKmsResponse");
        var check = Call((o, e) => KmsXmlCommands.Check(keyProv, init, Trk, null, o, e));
        Assert.AreEqual(0, check.rc, check.error);
        StringAssert.Contains(check.output, "signature=Verified");
        StringAssert.Contains(check.output, "period-no=700");
        StringAssert.Contains(check.output, "wrapped=True");
        StringAssert.Contains(check.output, "key-set: valid");
        var wrongKey = Call((o, e) => KmsXmlCommands.Check(keyProv, init, Trk.Replace("1f", "1e"), null, o, e));
        Assert.AreEqual(1, wrongKey.rc);
        StringAssert.Contains(wrongKey.error, "error: KmsXmlException: signature: ");
    }

    [TestMethod]
    public void CheckXmlRefusesTheStreamwideSampleKeySet()
    {
        var r = Call((o, e) => KmsXmlCommands.Check(Sample("streamwide-key-prov-response.xml"), Sample("streamwide-init-response.xml"), null, null, o, e));
        Assert.AreEqual(1, r.rc);
        StringAssert.Contains(r.output, "uid=060c5cddd13b87be1e37d3ff091101684b88aadef26c409a8b49c8da9dd81a05");
        StringAssert.Contains(r.error, "error: KmsXmlException: rsk-pairing: ");
    }
}
