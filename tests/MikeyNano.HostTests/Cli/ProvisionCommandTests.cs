using System;
using System.IO;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.Errors;
using MikeyNano.HostPlatform;
using MikeyNano.HostPlatform.Radio;
using MikeyNano.Identity;
using MikeyNano.KmsXml;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>
/// `mikeynano provision` end to end over real pseudo-terminal pairs (socat): the host tool (in-process) loads an
/// emulated radio (`mikeynano radio --serial --store`, RadioRun on its own thread, serving provisioning from its loop)
/// from Annex D XML written by our KMS (signed, keys wrapped under the TrK) and from our key-material file, and the
/// radio then runs on those keys. On a radio provisioned with Alice's keys, a wrong transport key, a frame with a line
/// error, a frame altered with its CRC made good, a transfer cut short, a key set for another user or key period, and
/// the Streamwide sample are each refused with an error naming the failed check, and every record of the radio's
/// emulated flash is byte for byte what it was.
/// </summary>
[TestClass]
public sealed class ProvisionCommandTests
{
    const string KmsUri = "kms.example.org";
    const string Alice = "sip:alice@example.org";
    const string Bob = "sip:bob@example.org";
    const ulong Period = TestKmsXml.Period;
    static readonly byte[] Trk = Hex.Decode("7472616e73706f7274206b6579206f6620746869732074657374207261646921");

    static readonly string Dir = Directory.CreateTempSubdirectory("mikeynano-provision").FullName;
    static readonly TestKmsXml Kms = new(Dir, KmsUri);

    /// <summary>Provisioned with Alice's keys of this period once; the refusal tests must leave it so.</summary>
    static SerialRadio _alice;

    [ClassInitialize]
    public static void ProvisionAlice(TestContext _)
    {
        _alice = new SerialRadio("alice");
        var r = Provision(Xml(_alice.HostEnd, Alice, Now, firstUse: true));
        Assert.AreEqual(0, r.Code, r.Err + "\n" + _alice.Output);
        _alice.WaitForKeys(Alice);
    }

    [ClassCleanup]
    public static void StopAlice()
    {
        _alice?.Dispose();
        Directory.Delete(Dir, true);
    }

    /// <summary>The key period the radio's clock is in now.</summary>
    static ulong Now => KeyPeriod.Number(KeyPeriod.NtpSeconds(DateTime.UtcNow), Period, 0);

    static ProvisionCommand.Request Xml(string port, string user, ulong periodNo, bool firstUse = false) => new()
    {
        Port = port, Trk = Trk, FirstUse = firstUse, Init = Kms.Init(Alice), KeyProv = Kms.KeyProv(user, periodNo, Trk),
    };

    static (int Code, string Out, string Err) Provision(ProvisionCommand.Request q) => CliCapture.Run((o, e) => ProvisionCommand.Run(q, o, e));

    /// <summary>The tool with the host's end of the line faulted on every install-key-set frame.</summary>
    static (int Code, string Out, string Err) ProvisionFaulted(ProvisionCommand.Request q, FrameFaultLink.Fault fault, Func<int, int> at)
    {
        FrameFaultLink link = null;
        var r = CliCapture.Run((o, e) => ProvisionCommand.Run(q, o, e,
            () => link = new FrameFaultLink(new SerialPortLink(q.Port), ProvisioningCommand.InstallKeySet, fault, at)));
        Assert.IsTrue(link != null && link.Faulted >= 1, "the install-key-set frame was not faulted\n" + r.Err);
        return r;
    }

    /// <summary>Refused with exit code 1 and stderr naming the check; Alice's radio is as it was.</summary>
    static void AssertRefused((int Code, string Out, string Err) r, string error, string before)
    {
        Assert.AreEqual(1, r.Code, r.Out + r.Err);
        StringAssert.Contains(r.Err, error, r.Err);
        Assert.AreEqual(before, _alice.StoredState(), "the radio's flash changed\n" + _alice.Output);
        Assert.AreEqual(Alice, _alice.Run.Device.Keys?.Uri, _alice.Output);
    }

    [TestMethod]
    public void OurKmsXmlProvisionsANewRadioOverAPseudoTerminal()
    {
        using var radio = new SerialRadio("new");
        Assert.AreEqual(RadioState.NoKeys, radio.Run.Device.State, radio.Output);
        var r = Provision(Xml(radio.HostEnd, Alice, Now, firstUse: true));
        Assert.AreEqual(0, r.Code, r.Err + "\n" + radio.Output);
        StringAssert.Contains(r.Out, $"key set: {Alice} period {Now} of {KmsUri}: valid here (uid, rsk pairing, ssk/pvt); signatures: init Absent, keyprov Verified");
        StringAssert.Contains(r.Out, "device: board=ESP32_REV3 firmware=emulator ");
        StringAssert.Contains(r.Out, "transport-key=none certificate=no key-sets=0 self-test=passed");
        StringAssert.Contains(r.Out, $"provisioned: {Alice} period {Now}; the radio holds 1 key set(s) for KMS {KmsUri}");
        StringAssert.Contains(r.Err, "\rprovisioning: sending install-key-set ", "a progress line while the transfer runs");
        StringAssert.Contains(radio.Output, "provisioning: ");
        radio.WaitForKeys(Alice);
        CollectionAssert.AreEqual(MikeySakkeUid.Compute(Alice, KmsUri, Period, 0, Now), radio.Run.Device.Keys.Identifier);
        // What a restarted radio finds on its flash: the same key set, under its own device key.
        var store = new KeyStore(new DirectoryKeyStorage(radio.StoreDir), EmulatedDeviceKey.LoadOrCreate(radio.StoreDir));
        Assert.AreEqual(1, store.KeySetCount);
        Assert.AreEqual(KmsUri, store.Certificate.KmsUri);
    }

    [TestMethod]
    public void NetworkSettingsTravelWithTheKeysAndAloneLater()
    {
        using var radio = new SerialRadio("net");
        string passFile = Path.Combine(Dir, "wifi-pass.txt");
        File.WriteAllText(passFile, "correct horse battery\n");
        var q = Xml(radio.HostEnd, Alice, Now, firstUse: true);
        q.WifiSsid = "radio-lan";
        q.WifiPassphraseFile = passFile;
        q.Peers = [RadioOptions.ParsePeer("sip:bob@example.org=127.0.0.1:2270/2271")];
        var r = Provision(q);
        Assert.AreEqual(0, r.Code, r.Err + "\n" + radio.Output);
        StringAssert.Contains(r.Out, "network: ssid=radio-lan passphrase=sent wrapped peers=sip:bob@example.org=127.0.0.1:2270/2271");
        radio.WaitForKeys(Alice);
        KeyStore stored = new(new DirectoryKeyStorage(radio.StoreDir), EmulatedDeviceKey.LoadOrCreate(radio.StoreDir));
        Assert.AreEqual("radio-lan", stored.Network.Ssid);
        Assert.AreEqual("correct horse battery", stored.NetworkPassphrase());
        Assert.AreEqual("sip:bob@example.org", stored.Network.Peer(0).Uri);
        Assert.AreEqual(2271, stored.Network.Peer(0).MediaPort);
        foreach (string f in Directory.GetFiles(radio.StoreDir))
            Assert.IsFalse(Hex.Encode(File.ReadAllBytes(f)).Contains(Hex.Encode(System.Text.Encoding.UTF8.GetBytes("correct horse"))), f + " holds the passphrase in clear");

        // Later, network settings alone (the radio already has its transport key): the key set stays.
        var only = new ProvisionCommand.Request { Port = radio.HostEnd, Trk = Trk, WifiSsid = "radio-lan-2" };
        r = Provision(only);
        Assert.AreEqual(0, r.Code, r.Err + "\n" + radio.Output);
        StringAssert.Contains(r.Out, "network: ssid=radio-lan-2 passphrase=none peers=");
        StringAssert.Contains(r.Out, $"provisioned: network settings; the radio holds 1 key set(s) for KMS {KmsUri}");
        stored = new(new DirectoryKeyStorage(radio.StoreDir), EmulatedDeviceKey.LoadOrCreate(radio.StoreDir));
        Assert.AreEqual("radio-lan-2", stored.Network.Ssid);
        Assert.AreEqual(0, stored.Network.PeerCount);
        Assert.AreEqual(1, stored.KeySetCount);
    }

    [TestMethod]
    public void OurKeyMaterialFileProvisionsANewRadio()
    {
        MikeyNano.KmsXml.KmsCertificate cert = KmsXmlReader.ReadFile(Kms.Init(Alice)).Certificate;
        KmsKeySet set = KmsKeyIssuer.Issue(new MikeyNano.Sakke.SakkeKms(Hex.Decode(TestKmsXml.SakkeSecret)), new MikeyNano.Eccsi.EccsiKms(Hex.Decode(TestKmsXml.Ksak)), cert, Bob, Now, SystemRandomSource.Instance);
        var file = new KeyMaterialFile
        {
            Kms = { KeyMaterialFile.KmsEntry.From(cert.ToKmsPublicKeys()) },
            User = new KeyMaterialFile.UserEntry
            {
                UserUri = set.UserUri, KmsUri = KmsUri, UserId = Hex.Encode(set.UserId), KeyPeriodNo = set.KeyPeriodNo,
                UserDecryptKey = Hex.Encode(set.UserDecryptKey), UserSigningKeySSK = Hex.Encode(set.UserSigningKeySsk), UserPubTokenPVT = Hex.Encode(set.UserPubTokenPvt),
            },
        };
        string path = Path.Combine(Dir, "bob.json");
        file.Save(path);
        using var radio = new SerialRadio("bob");
        var r = Provision(new ProvisionCommand.Request { Port = radio.HostEnd, Trk = Trk, FirstUse = true, Keys = path });
        Assert.AreEqual(0, r.Code, r.Err + "\n" + radio.Output);
        StringAssert.Contains(r.Out, $"provisioned: {Bob} period {Now}; the radio holds 1 key set(s) for KMS {KmsUri}");
        radio.WaitForKeys(Bob);
    }

    [TestMethod]
    public void AWrongTransportKeyIsRefusedAndNothingChanges()
    {
        string before = _alice.StoredState();
        var q = Xml(_alice.HostEnd, Alice, Now);
        q.KmsTrk = Trk;                         // the KMS's XML is fine: only the radio's key is wrong
        q.Trk = (byte[])Trk.Clone();
        q.Trk[31] ^= 1;                          // its first authenticated request (list) is refused
        AssertRefused(Provision(q), "error: ProvisioningException: mac-mismatch: the device refused list: ", before);
    }

    /// <summary>The install-key-set frame faulted in its middle (inside the wrapped RSK) on its way to the radio:
    /// a bit flipped with its CRC-32 as sent (a line error: the CRC catches it); the same bit flipped and the CRC-32
    /// made good (only the HMAC-SHA-256 under the TrK can tell, and the client's resend in a new session is altered the
    /// same way); half of it sent, then silence (the radio drops it after its 1 s inter-octet timeout).</summary>
    [TestMethod]
    [DataRow(FrameFaultLink.Fault.FlipBit, "crc-mismatch", DisplayName = "line error")]
    [DataRow(FrameFaultLink.Fault.FlipBitFixCrc, "mac-mismatch", DisplayName = "altered, CRC made good")]
    [DataRow(FrameFaultLink.Fault.Cut, "truncated", DisplayName = "cut short")]
    public void ATamperedOrTruncatedFrameIsRefusedAndNothingChanges(FrameFaultLink.Fault fault, string error)
    {
        string before = _alice.StoredState();
        var r = ProvisionFaulted(Xml(_alice.HostEnd, Alice, Now), fault, length => length / 2);
        AssertRefused(r, $"error: ProvisioningException: {error}: the device refused install-key-set", before);
    }

    [TestMethod]
    public void AKeySetForAnotherUserOrKeyPeriodIsRefusedAndNothingChanges()
    {
        string before = _alice.StoredState();
        // The host tool told whom and which period the radio is for refuses before it opens the port ...
        var bob = Xml(_alice.HostEnd, Bob, Now);
        bob.UserUri = Alice;
        AssertRefused(Provision(bob), $"error: KmsXmlException: user-uri: the key set is for '{Bob}', expected '{Alice}'", before);
        var next = Xml(_alice.HostEnd, Alice, Now + 1);
        next.PeriodNo = Now;
        AssertRefused(Provision(next), $"error: KmsXmlException: key-period: the key set is for key period {Now + 1}, expected {Now}", before);
        // ... and without that, the radio's own clock refuses a past period and one beyond the next.
        AssertRefused(Provision(Xml(_alice.HostEnd, Alice, Now - 1)), "error: ProvisioningException: key-period-refused: the device refused install-key-set", before);
        AssertRefused(Provision(Xml(_alice.HostEnd, Alice, Now + 2)), "error: ProvisioningException: key-period-refused: the device refused install-key-set", before);
        // Bob's keys offered as Alice's (no host tool checking them): the radio recomputes the F.2.1 UID itself.
        KmsKeySet keys = KmsXmlReader.ReadFile(Kms.KeyProv(Bob, Now, Trk), Trk, null).KeySets[0];
        using (var link = new SerialPortLink(_alice.HostEnd))
        {
            var client = new ProvisioningClient(link);
            client.UseTransportKey(Trk);
            var e = Assert.ThrowsExactly<ProvisioningException>(() =>
                client.InstallKeySet(Alice, keys.UserId, Now, keys.UserDecryptKey, keys.UserSigningKeySsk, keys.UserPubTokenPvt));
            Assert.AreEqual(ProvisioningError.UidMismatch, e.Error, e.Message);
        }
        Assert.AreEqual(before, _alice.StoredState());
    }

    [TestMethod]
    public void TheStreamwideSampleIsRefusedAndNothingChanges()
    {
        string before = _alice.StoredState();
        string data = Path.Combine(AppContext.BaseDirectory, "Data", "ts33180-kms-xml");
        var q = new ProvisionCommand.Request
        {
            Port = _alice.HostEnd, Trk = Trk, Init = Path.Combine(data, "test_init_response.xml"), KeyProv = Path.Combine(data, "test_key_prov_response.xml"),
        };
        AssertRefused(Provision(q), "error: KmsXmlException: rsk-pairing: the RSK does not validate against this KMS's Z_T (RFC 6508 6.1.2)", before);
    }
}
