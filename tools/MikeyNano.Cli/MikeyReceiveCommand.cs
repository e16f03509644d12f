using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Cli
{
    /// <summary>
    /// `mikeynano mikey receive MESSAGE --keys FILE`: processes an I_MESSAGE as the radio's responder does (signature,
    /// clock window, SAKKE decapsulation with its check) and prints the SSV and the SRTP master key and salt of each
    /// crypto session. MIKEY-PSK (`--psk HEX`), MIKEY-NULL and MIKEY-ECMQV (<see cref="MikeyEcmqvSettings"/>) messages go to <see cref="MikeyModeReceive"/>; `--mode`
    /// picks the mode, by default read from the message. MESSAGE is hex, base64, an SDP "a=key-mgmt:mikey" line, or a file holding any of these or the
    /// raw message.
    /// </summary>
    public static class MikeyReceiveCommand
    {
        public static Command Create()
        {
            var input = new Argument<string>("message") { Description = "hex, base64, SDP key-mgmt line, or a file" };
            var keys = new Option<string>("--keys") { Description = "SAKKE: key-material file of the responder (docs/key-material.md)" };
            var mode = new Option<string>("--mode") { Description = "sakke, psk, null, ecies, dh-sign or ecmqv; auto (the default) reads it from the message", DefaultValueFactory = _ => "auto" };
            var psk = new Option<string>("--psk") { Description = "PSK: the pre-shared key, hex" };
            var atMessageTime = new Option<bool>("--at-message-time") { Description = "judge the timestamp against the message's own T instead of this machine's clock (for recorded messages)" };
            var skew = new Option<int>("--skew") { Description = "accepted clock difference in seconds", DefaultValueFactory = _ => 300 };
            var legacy = new Option<bool>("--accept-legacy-signature") { Description = "also accept a signature over the message without the SIGN header, as some older peers sign (a second ECCSI verification when the standard form fails)" };
            var cmd = new Command("receive", "Process an I_MESSAGE as the responder (MIKEY-SAKKE, MIKEY-PSK, MIKEY-NULL, MIKEY-ECIES, DH-SIGN or MIKEY-ECMQV); print the SRTP keys per crypto session");
            cmd.Arguments.Add(input);
            cmd.Options.Add(keys);
            cmd.Options.Add(atMessageTime);
            cmd.Options.Add(skew);
            cmd.Options.Add(legacy);
            cmd.Options.Add(mode);
            cmd.Options.Add(psk);
            MikeyEcmqvSettings.AddTo(cmd); // --key, --uri, --peer, --issuer: our static P-256 key and the peers' (all ECC modes)
            cmd.SetAction(r => Run(r.GetValue(input), r.GetValue(keys), r.GetValue(atMessageTime), r.GetValue(skew), Console.Out, Console.Error,
                r.GetValue(legacy), r.GetValue(mode), r.GetValue(psk), MikeyEcmqvSettings.From(r)));
            return cmd;
        }

        public static int Run(string input, string keysPath, bool atMessageTime, int skew, TextWriter output, TextWriter error,
            bool acceptLegacySignature = false, string modeName = "auto", string pskHex = null, MikeyEcmqvSettings ecmqv = null)
        {
            try
            {
                byte[] message = MikeyCommands.ReadMessage(input);
                int mode = modeName == "auto" ? MikeyModeReceive.ModeOf(message) : MikeyMode.Parse(modeName);
                if (mode == MikeyMode.Psk || mode == MikeyMode.Null)
                    return MikeyModeReceive.Run(message, mode, pskHex, atMessageTime, skew, output, error);
                if (mode == MikeyMode.Ecmqv)
                    return MikeyModeReceive.Run(message, (ecmqv ?? new MikeyEcmqvSettings()).Endpoint(skew), atMessageTime, output, error);
                if (mode == MikeyMode.Ecies || mode == MikeyMode.DhSign)
                    return MikeyModeReceive.Run(message, MikeyEccReceive.Endpoint(mode,
                        ecmqv == null ? null : new MikeyEccReceive.Settings(ecmqv.Key, ecmqv.Uri, ecmqv.Peers), skew), atMessageTime, output, error);
                if (mode != MikeyMode.Sakke && modeName != "auto")
                    throw new InvalidEncodingException($"--mode {modeName}: sakke, psk, null, ecies, dh-sign or ecmqv");
                if (keysPath == null) throw new InvalidEncodingException("MIKEY-SAKKE needs --keys FILE (the responder's key material)");
                KeyMaterialFile keys = KeyMaterialFile.Load(keysPath);
                UserKeyMaterial own = keys.UserKeys(false);
                var responder = new SakkeResponder(own, keys.AllKms(), new ReplayCache(64, skew)) { AcceptLegacySignature = acceptLegacySignature };
                ulong now = KeyPeriod.NtpSeconds(DateTime.UtcNow);
                if (atMessageTime) now = MikeyMessage.Parse(message).Timestamp.SecondsNear(now); // T in the era nearest our clock
                ReceivedCall call = responder.Process(message, now);
                Print(call, output);
                call.Wipe();
                own.Wipe();
                return 0;
            }
            catch (MikeyException e)
            {
                error.WriteLine($"rejected (MIKEY error {(int)e.ErrorCode} {e.ErrorCode}): {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is MikeyNanoException or IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                error.WriteLine("error: " + e.Message);
                return 2;
            }
        }

        /// <summary>General Extension type 7 (TS 33.180 E.6), decrypted with the SSV: one line, or why not.</summary>
        private static string KeyParametersLine(ReceivedCall call)
        {
            try
            {
                KeyParameters k = Ts33180Profile.KeyParameters(call.Message, call.Ssv);
                if (k == null) return "(none)";
                bool legacy = call.Message.FindGeneralExtension(GeneralExtensionPayload.TypeKeyParameters).Data.Length < MikeyNano.Mikey.Ts33180.ProtectedPayload.HeaderLength + MikeyNano.Mikey.Ts33180.ProtectedPayload.TagLength;
                string type = legacy ? $"{k.KeyType} (legacy numbering)" : $"{k.KeyType} ({Ts33180Profile.PurposeName(k.KeyType)})";
                return $"{(legacy ? "plain" : "authenticated")}, key type {type}, status 0x{k.Status:x8}{(k.NotRevoked ? " not revoked" : " REVOKED")}, "
                       + $"activation {k.ActivationTime}, expiry {k.ExpiryTime}, text '{System.Text.Encoding.UTF8.GetString(k.Text)}', group IDs {k.GroupIdCount}";
            }
            catch (MikeyNanoException e)
            {
                return "not decoded: " + e.Message;
            }
        }

        private static void Print(ReceivedCall call, TextWriter o)
        {
            HeaderPayload h = call.Message.Header;
            o.WriteLine($"accepted: data type {h.DataType} (SAKKE), CSB ID 0x{h.CsbId:x8}, PRF func {h.PrfFunc}");
            o.WriteLine($"initiator:  {(call.InitiatorUri ?? "(URI not in message)")}  identifier {Hex.Encode(call.InitiatorIdentifier)}");
            o.WriteLine($"signature:  ECCSI verified{(call.LegacySignature ? " (legacy form, without the SIGN header)" : "")}");
            o.WriteLine($"SSV:        {Hex.Encode(call.Ssv)}");
            o.WriteLine($"key params: {KeyParametersLine(call)}");
            if (call.Sessions.Length == 0)
                o.WriteLine("crypto sessions: none named (empty CS ID map); derive with the cs_id of the call type");
            foreach (CryptoSession s in call.Sessions)
            {
                string ids = s.KeyIds == null ? "" : "  key IDs " + string.Join(" ", Array.ConvertAll(s.KeyIds, k => $"0x{k:x8}"));
                o.WriteLine($"cs_id {s.CsId}: SSRC 0x{s.Ssrc:x8} ROC {s.Roc}{ids}");
                o.WriteLine($"  SRTP master key  {Hex.Encode(s.MasterKey)}");
                o.WriteLine($"  SRTP master salt {Hex.Encode(s.MasterSalt)}");
            }
        }
    }
}
