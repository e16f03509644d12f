using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using static MikeyNano.Cli.KeyCommandSupport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano eccsi sign | verify`: RFC 6507 signatures on P-256.</summary>
    public static class EccsiCommands
    {
        public static Command Create()
        {
            var eccsi = new Command("eccsi", "ECCSI (RFC 6507) signatures");
            var kpak = HexOption("--kpak", "KMS public authentication key KPAK (65 octets)");
            var id = HexOption("--id", "the signer's identifier");
            var message = HexOption("--message", "the signed data");
            var ssk = HexOption("--ssk", "the signer's SSK (32 octets)");
            var pvt = HexOption("--pvt", "the signer's PVT (65 octets)");
            var j = HexOption("--j", "the ephemeral j; random when omitted", false);
            var cost = CostOption();
            var sign = new Command("sign", "Validate (SSK, PVT) and sign: prints signature (r || s || PVT, 129 octets)");
            foreach (var o in new Option[] { kpak, id, ssk, pvt, message, j, cost }) sign.Options.Add(o);
            sign.SetAction(r => Sign(r.GetValue(kpak), r.GetValue(id), r.GetValue(ssk), r.GetValue(pvt), r.GetValue(message), r.GetValue(j), r.GetValue(cost), Console.Out, Console.Error));
            eccsi.Subcommands.Add(sign);

            var signature = HexOption("--signature", "r || s || PVT (129 octets)");
            var tables = new Option<bool>("--tables") { Description = "Use a precomputed KPAK table" };
            var verify = new Command("verify", "Verify a signature: prints 'valid' (exit 0) or the reason (exit 1)");
            foreach (var o in new Option[] { kpak, id, message, signature, tables, cost }) verify.Options.Add(o);
            verify.SetAction(r => Verify(r.GetValue(kpak), r.GetValue(id), r.GetValue(message), r.GetValue(signature), r.GetValue(tables), r.GetValue(cost), Console.Out, Console.Error));
            eccsi.Subcommands.Add(verify);
            return eccsi;
        }

        public static int Sign(string kpakHex, string idHex, string sskHex, string pvtHex, string messageHex, string jHex, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                var signer = new EccsiSigner(Hex(kpakHex, "--kpak"), Hex(idHex, "--id"), Hex(sskHex, "--ssk"), Hex(pvtHex, "--pvt"));
                byte[] m = Hex(messageHex, "--message");
                byte[] sig = jHex == null ? signer.Sign(m, SystemRandomSource.Instance) : signer.SignWith(m, 0, m.Length, Hex(jHex, "--j"));
                if (sig == null) throw new Errors.SignatureException("this j cannot be used (r = 0 or HE + r SSK = 0); choose another");
                output.WriteLine("signature=" + Bytes.Hex.Encode(sig));
                signer.Wipe();
                return 0;
            });

        public static int Verify(string kpakHex, string idHex, string messageHex, string signatureHex, bool tables, bool cost, TextWriter output, TextWriter error) =>
            Run(output, error, cost, () =>
            {
                var verifier = new EccsiVerifier(Hex(kpakHex, "--kpak"), tables);
                byte[] m = Hex(messageHex, "--message");
                byte[] sig = Hex(signatureHex, "--signature");
                verifier.Verify(m, 0, m.Length, sig, 0, Hex(idHex, "--id"));
                output.WriteLine("valid");
                return 0;
            });
    }
}
