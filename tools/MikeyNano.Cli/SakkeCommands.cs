using System;
using System.CommandLine;
using System.IO;
using MikeyNano.HostPlatform;
using MikeyNano.Sakke;
using static MikeyNano.Cli.KeyCommandSupport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano sakke encap | decap`: RFC 6508 key encapsulation, parameter set 1.</summary>
    public static class SakkeCommands
    {
        public static Command Create()
        {
            var sakke = new Command("sakke", "SAKKE (RFC 6508, parameter set 1) encapsulation and decapsulation");
            var z = HexOption("--sakke-public", "KMS public key Z_T (0x04 || x || y, 257 octets)");
            var id = HexOption("--id", "the receiver's identifier");
            var ssv = HexOption("--ssv", "the 16-octet SSV; random when omitted", false);
            var tables = new Option<bool>("--tables") { Description = "Use the precomputed per-key-period tables" };
            var cost = CostOption();
            var encap = new Command("encap", "Encapsulate an SSV to an identifier: prints ssv and sed (R || H, 273 octets)");
            encap.Options.Add(z); encap.Options.Add(id); encap.Options.Add(ssv); encap.Options.Add(tables); encap.Options.Add(cost);
            encap.SetAction(r => Encap(r.GetValue(z), r.GetValue(id), r.GetValue(ssv), r.GetValue(tables), r.GetValue(cost), Console.Out, Console.Error));
            sakke.Subcommands.Add(encap);

            var rsk = HexOption("--rsk", "the receiver's RSK (257 octets)");
            var sed = HexOption("--sed", "the encapsulated data R || H (273 octets)");
            var decap = new Command("decap", "Validate the RSK, decapsulate: prints ssv; exit 1 on any rejection");
            decap.Options.Add(z); decap.Options.Add(id); decap.Options.Add(rsk); decap.Options.Add(sed); decap.Options.Add(tables); decap.Options.Add(cost);
            decap.SetAction(r => Decap(r.GetValue(z), r.GetValue(id), r.GetValue(rsk), r.GetValue(sed), r.GetValue(tables), r.GetValue(cost), Console.Out, Console.Error));
            sakke.Subcommands.Add(decap);
            return sakke;
        }

        public static int Encap(string zHex, string idHex, string ssvHex, bool tables, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                var sender = new SakkeSender(Hex(zHex, "--sakke-public"), tables);
                byte[] ssv = ssvHex == null ? SakkeSender.GenerateSsv(SystemRandomSource.Instance) : Hex(ssvHex, "--ssv");
                byte[] sed = sender.Encapsulate(ssv, Hex(idHex, "--id"));
                output.WriteLine("ssv=" + Bytes.Hex.Encode(ssv));
                output.WriteLine("sed=" + Bytes.Hex.Encode(sed));
                return 0;
            });

        public static int Decap(string zHex, string idHex, string rskHex, string sedHex, bool tables, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                var receiver = new SakkeReceiver(Hex(zHex, "--sakke-public"), Hex(idHex, "--id"), Hex(rskHex, "--rsk"), tables);
                output.WriteLine("ssv=" + Bytes.Hex.Encode(receiver.Decapsulate(Hex(sedHex, "--sed"))));
                receiver.Wipe();
                return 0;
            });
    }
}
