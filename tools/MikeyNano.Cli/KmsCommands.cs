using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using MikeyNano.Identity;
using MikeyNano.Sakke;
using static MikeyNano.Cli.KeyCommandSupport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano kms init | issue | uid`: a KMS for interop work (SAKKE parameter set 1 and ECCSI/P-256); the
    /// Annex D XML sub-commands are in <see cref="KmsXmlCommands"/>.</summary>
    public static class KmsCommands
    {
        public static Command Create()
        {
            var kms = new Command("kms", "KMS set-up and key issuance (SAKKE RFC 6508, ECCSI RFC 6507)");

            var z = HexOption("--sakke-secret", "SAKKE master secret z_T; random when omitted", false);
            var ksak = HexOption("--ksak", "ECCSI KMS secret KSAK; random when omitted", false);
            var init = new Command("init", "Create KMS keys: prints sakke-secret, sakke-public (Z_T), ksak, kpak");
            init.Options.Add(z); init.Options.Add(ksak);
            init.SetAction(r => Init(r.GetValue(z), r.GetValue(ksak), Console.Out, Console.Error));
            kms.Subcommands.Add(init);

            var z2 = HexOption("--sakke-secret", "SAKKE master secret z_T");
            var ksak2 = HexOption("--ksak", "ECCSI KSAK");
            var id = HexOption("--id", "user identifier (RFC 6509 octets or a 32-octet 3GPP UID)");
            var v = HexOption("--v", "ECCSI ephemeral v; random when omitted", false);
            var cost = CostOption();
            var issue = new Command("issue", "Issue a user's keys: prints rsk (SAKKE), ssk and pvt (ECCSI)");
            issue.Options.Add(z2); issue.Options.Add(ksak2); issue.Options.Add(id); issue.Options.Add(v); issue.Options.Add(cost);
            issue.SetAction(r => Issue(r.GetValue(z2), r.GetValue(ksak2), r.GetValue(id), r.GetValue(v), r.GetValue(cost), Console.Out, Console.Error));
            kms.Subcommands.Add(issue);

            var uri = new Option<string>("--uri") { Description = "user URI (e.g. sip:alice@example.org)", Required = true };
            var kmsUri = new Option<string>("--kms-uri") { Description = "KMS URI", Required = true };
            var period = new Option<ulong>("--key-period") { Description = "UserKeyPeriod, seconds", Required = true };
            var offset = new Option<ulong>("--key-offset") { Description = "UserKeyOffset, seconds" };
            var number = new Option<ulong>("--period-no") { Description = "key period number", Required = true };
            var uid = new Command("uid", "The 3GPP TS 33.180 F.2.1 MIKEY-SAKKE UID of a user for a key period (hex)");
            uid.Options.Add(uri); uid.Options.Add(kmsUri); uid.Options.Add(period); uid.Options.Add(offset); uid.Options.Add(number);
            uid.SetAction(r => Uid(r.GetValue(uri), r.GetValue(kmsUri), r.GetValue(period), r.GetValue(offset), r.GetValue(number), Console.Out, Console.Error));
            kms.Subcommands.Add(uid);
            KmsXmlCommands.AddTo(kms);
            return kms;
        }

        public static int Init(string sakkeSecretHex, string ksakHex, TextWriter output, TextWriter error) =>
            Run(output, error, false, () =>
            {
                SakkeKms sakke = sakkeSecretHex == null ? SakkeKms.Generate(SystemRandomSource.Instance) : new SakkeKms(Hex(sakkeSecretHex, "--sakke-secret"));
                EccsiKms eccsi = ksakHex == null ? EccsiKms.Generate(SystemRandomSource.Instance) : new EccsiKms(Hex(ksakHex, "--ksak"));
                output.WriteLine("sakke-secret=" + Bytes.Hex.Encode(sakke.MasterSecret()));
                output.WriteLine("sakke-public=" + Bytes.Hex.Encode(sakke.PublicKey));
                output.WriteLine("ksak=" + Bytes.Hex.Encode(eccsi.Ksak()));
                output.WriteLine("kpak=" + Bytes.Hex.Encode(eccsi.Kpak));
                return 0;
            });

        public static int Issue(string sakkeSecretHex, string ksakHex, string idHex, string vHex, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                byte[] id = Hex(idHex, "--id");
                var sakke = new SakkeKms(Hex(sakkeSecretHex, "--sakke-secret"));
                var eccsi = new EccsiKms(Hex(ksakHex, "--ksak"));
                byte[] pvt;
                byte[] ssk = vHex == null ? eccsi.Issue(id, SystemRandomSource.Instance, out pvt) : eccsi.IssueWith(id, Hex(vHex, "--v"), out pvt);
                if (ssk == null) throw new Errors.InvalidKeyException("this v gives SSK = 0; choose another");
                output.WriteLine("rsk=" + Bytes.Hex.Encode(sakke.IssueRsk(id)));
                output.WriteLine("ssk=" + Bytes.Hex.Encode(ssk));
                output.WriteLine("pvt=" + Bytes.Hex.Encode(pvt));
                return 0;
            });

        public static int Uid(string uri, string kmsUri, ulong period, ulong offset, ulong number, TextWriter output, TextWriter error) =>
            Run(output, error, false, () =>
            {
                output.WriteLine("uid=" + Bytes.Hex.Encode(MikeySakkeUid.Compute(uri, kmsUri, period, offset, number)));
                return 0;
            });
    }
}
