using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>Our test KMS writing TS 33.180 Annex D XML as `mikeynano kms init-xml` / `kms keyprov-xml` do (the RFC 6508
/// / RFC 6507 Appendix A master secrets, 30-day key periods): one KmsInit, and per user and period a KmsKeyProv with
/// the keys wrapped under the radio's transport key and signed with it. Files are written once per directory.</summary>
internal sealed class TestKmsXml
{
    public const string SakkeSecret = "AFF429D35F84B110D094803B3595A6E2998BC99F";
    public const string Ksak = "012345";
    public const ulong Period = 2592000;
    private readonly string _dir;

    public TestKmsXml(string dir, string kmsUri)
    {
        _dir = dir;
        KmsUri = kmsUri;
    }

    public string KmsUri { get; }

    /// <summary>KmsInit with the KMS certificate (the header names <paramref name="user"/>).</summary>
    public string Init(string user)
    {
        string path = Path.Combine(_dir, "init.xml");
        if (!File.Exists(path))
        {
            var r = CliCapture.Run((o, e) => KmsXmlCommands.Init(SakkeSecret, Ksak, KmsUri, user, Period, 0, null, path, o, e));
            Assert.AreEqual(0, r.Code, r.Err);
        }
        return path;
    }

    /// <summary>KmsKeyProv of <paramref name="user"/>'s key set for <paramref name="periodNo"/>, wrapped and signed
    /// under <paramref name="trk"/>.</summary>
    public string KeyProv(string user, ulong periodNo, byte[] trk)
    {
        string path = Path.Combine(_dir, $"keyprov-{user.Replace(':', '-')}-{periodNo}-{Hex.Encode(trk)[..8]}.xml");
        if (!File.Exists(path))
        {
            var r = CliCapture.Run((o, e) => KmsXmlCommands.KeyProv(SakkeSecret, Ksak, KmsUri, user, Period, 0, periodNo, Hex.Encode(trk), null, true, path, o, e));
            Assert.AreEqual(0, r.Code, r.Err);
        }
        return path;
    }
}
