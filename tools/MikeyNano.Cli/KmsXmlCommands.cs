using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using MikeyNano.KmsXml;
using MikeyNano.Sakke;
using static MikeyNano.Cli.KeyCommandSupport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano kms init-xml | keyprov-xml | check-xml`: our test KMS writes and reads the 3GPP TS 33.180
    /// Annex D KMS XML that real KMSs send (KmsInit with the KmsCertificate, KmsKeyProv with a user's key set, keys
    /// plain or wrapped under a TrK with RFC 5649, optionally signed with HMAC-SHA-256).</summary>
    public static class KmsXmlCommands
    {
        /// <summary>The options of a KMS's identity: its secrets, URI and key-period parameters.</summary>
        private sealed class KmsOptions
        {
            public readonly Option<string> Z = HexOption("--sakke-secret", "SAKKE master secret z_T");
            public readonly Option<string> Ksak = HexOption("--ksak", "ECCSI KSAK");
            public readonly Option<string> KmsUri = new("--kms-uri") { Description = "KMS URI (KmsUri)", Required = true };
            public readonly Option<string> UserUri = new("--user-uri") { Description = "the user the response is for (UserUri)", Required = true };
            public readonly Option<ulong> Period = new("--key-period") { Description = "UserKeyPeriod, seconds", Required = true };
            public readonly Option<ulong> Offset = new("--key-offset") { Description = "UserKeyOffset, seconds" };
            public readonly Option<string> Out = new("--out") { Description = "write the XML to this file (default: standard output)" };

            public void AddTo(Command c)
            {
                foreach (Option o in new Option[] { Z, Ksak, KmsUri, UserUri, Period, Offset, Out }) c.Options.Add(o);
            }
        }

        public static void AddTo(Command kms)
        {
            var o = new KmsOptions();
            var signKey = HexOption("--sign-key", "sign as a SignedKmsResponse with HMAC-SHA-256 under this key (InK or TrK)", false);
            var init = new Command("init-xml", "Write a TS 33.180 Annex D KmsResponse/KmsInit with this KMS's KmsCertificate");
            o.AddTo(init);
            init.Options.Add(signKey);
            init.SetAction(r => Init(r.GetValue(o.Z), r.GetValue(o.Ksak), r.GetValue(o.KmsUri), r.GetValue(o.UserUri), r.GetValue(o.Period),
                r.GetValue(o.Offset), r.GetValue(signKey), r.GetValue(o.Out), Console.Out, Console.Error));
            kms.Subcommands.Add(init);

            var p = new KmsOptions();
            var number = new Option<ulong>("--period-no") { Description = "key period number (KeyPeriodNo)", Required = true };
            var trk = HexOption("--trk", "transport key TrK (32 octets): wrap RSK, SSK and PVT with RFC 5649", false);
            var ink = HexOption("--ink", "integrity key InK: sign with it instead of the TrK", false);
            var sign = new Option<bool>("--sign") { Description = "sign (SignedKmsResponse, HMAC-SHA-256) with --ink, else --trk" };
            var keyProv = new Command("keyprov-xml", "Issue a user's key set for a key period and write a TS 33.180 Annex D KmsResponse/KmsKeyProv");
            p.AddTo(keyProv);
            foreach (Option x in new Option[] { number, trk, ink, sign }) keyProv.Options.Add(x);
            keyProv.SetAction(r => KeyProv(r.GetValue(p.Z), r.GetValue(p.Ksak), r.GetValue(p.KmsUri), r.GetValue(p.UserUri), r.GetValue(p.Period),
                r.GetValue(p.Offset), r.GetValue(number), r.GetValue(trk), r.GetValue(ink), r.GetValue(sign), r.GetValue(p.Out), Console.Out, Console.Error));
            kms.Subcommands.Add(keyProv);

            var file = new Argument<string>("file") { Description = "KmsResponse or SignedKmsResponse XML" };
            var certificate = new Option<string>("--certificate") { Description = "KmsInit XML whose KmsCertificate the key sets must validate against" };
            var trk2 = HexOption("--trk", "transport key TrK: unwraps keys, checks the signature when no --ink", false);
            var ink2 = HexOption("--ink", "integrity key InK: checks the signature", false);
            var check = new Command("check-xml", "Read Annex D KMS XML: print what it holds, verify the signature, unwrap and validate the key sets");
            check.Arguments.Add(file);
            foreach (Option x in new Option[] { certificate, trk2, ink2 }) check.Options.Add(x);
            check.SetAction(r => Check(r.GetValue(file), r.GetValue(certificate), r.GetValue(trk2), r.GetValue(ink2), Console.Out, Console.Error));
            kms.Subcommands.Add(check);
        }

        private static KmsCertificate Certificate(SakkeKms sakke, EccsiKms eccsi, string kmsUri, ulong period, ulong offset) => new()
        {
            KmsUri = kmsUri, CertUri = kmsUri, UserKeyPeriod = period, UserKeyOffset = offset, PubEncKey = sakke.PublicKey, PubAuthKey = eccsi.Kpak,
        };

        private static KmsXmlWriter.Header Header(string userUri, string kmsUri, string request) => new()
        {
            UserUri = userUri, KmsUri = kmsUri, ClientReqUrl = "https://" + kmsUri + "/keymanagement/identity/v1/" + request,
        };

        public static int Init(string z, string ksak, string kmsUri, string userUri, ulong period, ulong offset, string signKey, string outPath,
                               TextWriter output, TextWriter error) =>
            Run(output, error, false, () =>
            {
                var sakke = new SakkeKms(Hex(z, "--sakke-secret"));
                var eccsi = new EccsiKms(Hex(ksak, "--ksak"));
                KmsCertificate cert = Certificate(sakke, eccsi, kmsUri, period, offset);
                cert.ToKmsPublicKeys();
                string xml = KmsXmlWriter.WriteInit(Header(userUri, kmsUri, "init"), cert, signKey == null ? null : Hex(signKey, "--sign-key"));
                return Emit(xml, outPath, output);
            });

        public static int KeyProv(string z, string ksak, string kmsUri, string userUri, ulong period, ulong offset, ulong periodNo, string trkHex,
                                  string inkHex, bool sign, string outPath, TextWriter output, TextWriter error) =>
            Run(output, error, false, () =>
            {
                var sakke = new SakkeKms(Hex(z, "--sakke-secret"));
                var eccsi = new EccsiKms(Hex(ksak, "--ksak"));
                KmsCertificate cert = Certificate(sakke, eccsi, kmsUri, period, offset);
                byte[] trk = trkHex == null ? null : Hex(trkHex, "--trk");
                byte[] ink = inkHex == null ? null : Hex(inkHex, "--ink");
                if (sign && trk == null && ink == null) throw new KmsXmlException(KmsXmlCheck.TransportKey, "--sign needs --ink or --trk");
                KmsKeySet set = KmsKeyIssuer.Issue(sakke, eccsi, cert, userUri, periodNo, SystemRandomSource.Instance);
                try
                {
                    string xml = KmsXmlWriter.WriteKeyProv(Header(userUri, kmsUri, "keyprov"), new[] { set }, trk, sign ? ink ?? trk : null);
                    return Emit(xml, outPath, output);
                }
                finally
                {
                    set.Wipe();
                }
            });

        public static int Check(string path, string certificatePath, string trkHex, string inkHex, TextWriter output, TextWriter error) =>
            Run(output, error, false, () =>
            {
                byte[] trk = trkHex == null ? null : Hex(trkHex, "--trk");
                byte[] ink = inkHex == null ? null : Hex(inkHex, "--ink");
                KmsResponse r = KmsXmlReader.ReadFile(path, trk, ink);
                output.WriteLine($"response: user={r.UserUri} kms={r.KmsUri} time={r.Time} signature={r.Signature}");
                if (r.ErrorCode != null) output.WriteLine($"kms-error: {r.ErrorCode} {r.ErrorMessage}");
                KmsCertificate cert = r.Certificate ?? (certificatePath == null ? null : KmsXmlReader.ReadFile(certificatePath).Certificate);
                if (r.Certificate != null)
                    output.WriteLine($"certificate: kms={r.Certificate.KmsUri} period={r.Certificate.UserKeyPeriod} offset={r.Certificate.UserKeyOffset} "
                        + $"pub-enc-key={KmsValue.Hex(r.Certificate.PubEncKey).ToLowerInvariant()} pub-auth-key={KmsValue.Hex(r.Certificate.PubAuthKey).ToLowerInvariant()}");
                foreach (KmsKeySet set in r.KeySets ?? new())
                {
                    output.WriteLine($"key-set: user={set.UserUri} kms={set.KmsUri} period-no={set.KeyPeriodNo} uid={KmsValue.Hex(set.UserId).ToLowerInvariant()} wrapped={set.KeysWereWrapped}");
                    if (cert == null) continue;
                    KmsKeySetValidator.Validate(set, cert);
                    output.WriteLine("key-set: valid (uid, rsk pairing, ssk/pvt) against " + cert.KmsUri);
                    set.Wipe();
                }
                return r.ErrorCode == null ? 0 : 1;
            });

        private static int Emit(string xml, string outPath, TextWriter output)
        {
            if (outPath == null) output.Write(xml);
            else File.WriteAllText(outPath, xml);
            return 0;
        }
    }
}
