using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Sakke;
using static MikeyNano.Cli.KeyCommandSupport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano keys validate`: what a radio checks when keys are provisioned (RFC 6508 6.1.2, RFC 6507 5.1.2).</summary>
    public static class KeysCommands
    {
        public static Command Create()
        {
            var keys = new Command("keys", "User key checks");
            var id = HexOption("--id", "the user's identifier");
            var z = HexOption("--sakke-public", "KMS public key Z_T (needed with --rsk)", false);
            var rsk = HexOption("--rsk", "the RSK to validate: <[id]P + Z_T, RSK> == g", false);
            var kpak = HexOption("--kpak", "KMS KPAK (needed with --ssk/--pvt)", false);
            var ssk = HexOption("--ssk", "the SSK to validate with --pvt: [SSK]G == [HS]PVT + KPAK", false);
            var pvt = HexOption("--pvt", "the PVT", false);
            var cost = CostOption();
            var validate = new Command("validate", "Validate an RSK and/or an (SSK, PVT) pair; prints one line per key, exit 1 if any is invalid");
            foreach (var o in new Option[] { id, z, rsk, kpak, ssk, pvt, cost }) validate.Options.Add(o);
            validate.SetAction(r => Validate(r.GetValue(id), r.GetValue(z), r.GetValue(rsk), r.GetValue(kpak), r.GetValue(ssk), r.GetValue(pvt), r.GetValue(cost), Console.Out, Console.Error));
            keys.Subcommands.Add(validate);
            return keys;
        }

        public static int Validate(string idHex, string zHex, string rskHex, string kpakHex, string sskHex, string pvtHex, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                byte[] id = Hex(idHex, "--id");
                if (rskHex == null && sskHex == null) throw new InvalidEncodingException("give --rsk and/or --ssk with --pvt");
                int rc = 0;
                if (rskHex != null)
                {
                    try
                    {
                        new SakkeReceiver(Hex(zHex, "--sakke-public"), id, Hex(rskHex, "--rsk"), false).Wipe();
                        output.WriteLine("rsk: valid");
                    }
                    catch (InvalidKeyException e) { output.WriteLine("rsk: INVALID: " + e.Message); rc = 1; }
                }
                if (sskHex != null)
                {
                    try
                    {
                        var signer = new EccsiSigner(Hex(kpakHex, "--kpak"), id, Hex(sskHex, "--ssk"), Hex(pvtHex, "--pvt"));
                        output.WriteLine("ssk/pvt: valid, hs=" + Bytes.Hex.Encode(signer.Hs));
                        signer.Wipe();
                    }
                    catch (InvalidKeyException e) { output.WriteLine("ssk/pvt: INVALID: " + e.Message); rc = 1; }
                }
                return rc;
            });
    }
}
