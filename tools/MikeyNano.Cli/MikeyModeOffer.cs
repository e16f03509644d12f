using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano mikey offer --mode psk|null|ecmqv`: the I_MESSAGE an initiator sends (MikeyEndpoint.Offer) for
    /// one SRTP stream under AES_CM_128_HMAC_SHA1_80, printed as hex, with the SRTP keys the initiator holds (for PSK
    /// with `--verify` and for ECMQV: once the R_MESSAGE verified). ECMQV takes <see cref="MikeyEcmqvSettings"/> and
    /// `--to URI`, whose key `--peer` gives. Feed it to `mikey inspect` and `mikey receive`.</summary>
    public static class MikeyModeOffer
    {
        public static Command Create()
        {
            var mode = new Option<string>("--mode") { Description = "psk, null or ecmqv", Required = true };
            var to = new Option<string>("--to") { Description = "ECMQV: the responder's URI (its key from --peer)" };
            var psk = new Option<string>("--psk") { Description = "PSK: the pre-shared key, hex" };
            var ssrc = new Option<uint>("--ssrc") { Description = "the stream's SSRC", DefaultValueFactory = _ => 0x12345678 };
            var verify = new Option<bool>("--verify") { Description = "PSK: set V, asking the responder for a verification R_MESSAGE" };
            var prf = new Option<int>("--prf") { Description = "PSK: PRF func, 0 (MIKEY-1, HMAC-SHA-1) or 1 (PRF-HMAC-SHA-256)", DefaultValueFactory = _ => 1 };
            var cmd = new Command("offer", "Build the I_MESSAGE of a MIKEY-PSK, MIKEY-NULL or MIKEY-ECMQV call for one SRTP stream; print it and the initiator's keys");
            foreach (Option o in new Option[] { mode, psk, ssrc, verify, prf, to }) cmd.Options.Add(o);
            MikeyEcmqvSettings.AddTo(cmd);
            cmd.SetAction(r => Run(r.GetValue(mode), r.GetValue(psk), r.GetValue(ssrc), r.GetValue(verify), r.GetValue(prf), Console.Out, Console.Error,
                MikeyEcmqvSettings.From(r), r.GetValue(to)));
            return cmd;
        }

        public static int Run(string modeName, string pskHex, uint ssrc, bool verify, int prf, TextWriter output, TextWriter error,
            MikeyEcmqvSettings ecmqv = null, string responderUri = null)
        {
            try
            {
                int mode = MikeyMode.Parse(modeName);
                if (mode != MikeyMode.Psk && mode != MikeyMode.Null && mode != MikeyMode.Ecmqv) throw new InvalidEncodingException($"--mode {modeName}: psk, null or ecmqv");
                MikeyEndpoint initiator = mode == MikeyMode.Ecmqv ? ecmqv.Endpoint(300) : MikeyModeReceive.Endpoint(mode, pskHex, 300);
                var request = new CallRequest([new SrtpCsEntry(0, ssrc, 0)])
                {
                    Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
                    VerificationRequested = verify,
                    PrfFunc = prf,
                    ResponderUri = responderUri,
                };
                MikeyCall call = initiator.Offer(request, KeyPeriod.NtpSeconds(DateTime.UtcNow));
                output.WriteLine(Hex.Encode(call.IMessage));
                if (mode == MikeyMode.Ecmqv) error.WriteLine("our static public key: " + Hex.Encode(ecmqv.KeyPair().PublicKey.EncodeUncompressed()));
                if (call.Sessions == null)
                    error.WriteLine(mode == MikeyMode.Ecmqv ? "keys: agreed once the R_MESSAGE (DHr, V) verifies" : "keys: held back until the R_MESSAGE verifies (V set)");
                else
                    foreach (CryptoSession s in call.Sessions)
                        error.WriteLine($"cs_id {s.CsId}: SSRC 0x{s.Ssrc:x8} master key {Hex.Encode(s.MasterKey)} salt {Hex.Encode(s.MasterSalt)}");
                call.Wipe();
                return 0;
            }
            catch (Exception e) when (e is MikeyNanoException or FormatException)
            {
                error.WriteLine("error: " + e.Message);
                return 2;
            }
        }
    }
}
