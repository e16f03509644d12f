using System;
using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.HostPlatform;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Cli
{
    /// <summary>
    /// `mikeynano mikey receive MESSAGE --mode psk --psk HEX`, `--mode null` and `--mode ecmqv` (MikeyEcmqvSettings): answers an I_MESSAGE as the radio's
    /// MIKEY-PSK, MIKEY-NULL or MIKEY-ECMQV responder does (MikeyEndpoint.Answer) and prints the SRTP master key and salt of each
    /// crypto session, and the R_MESSAGE to send when the initiator set V; a refused message prints its MIKEY error and
    /// the RFC 3830 error message that answers it (none for a replay).
    /// </summary>
    public static class MikeyModeReceive
    {
        /// <summary>The mode a message asks for: data type 0 with an unencrypted KEMAC is MIKEY-NULL, with an encrypted
        /// one MIKEY-PSK, data type 26 SAKKE; -1 otherwise.</summary>
        public static int ModeOf(byte[] message)
        {
            try
            {
                MikeyMessage m = MikeyMessage.Parse(message);
                if (m.Header.DataType == MikeyDataType.Sakke) return MikeyMode.Sakke;
                if (m.Header.DataType == EccProfile.EcmqvInit) return MikeyMode.Ecmqv;
                if (m.Header.DataType == EccProfile.EciesInit) return MikeyMode.Ecies;
                if (m.Header.DataType == MikeyDataType.DhInit && m.Find(MikeyPayloadType.Dh) is DhPayload dh && dh.Group == EccProfile.DhGroupP256Ecdh) return MikeyMode.DhSign;
                if (m.Header.DataType != MikeyDataType.PreShared || m.Kemac == null) return -1;
                return m.Kemac.EncrAlg == KemacPayload.EncrNull ? MikeyMode.Null : MikeyMode.Psk;
            }
            catch (MikeyException)
            {
                return -1;
            }
        }

        /// <summary>A MIKEY-PSK endpoint with the pre-shared key <paramref name="pskHex"/>, or a MIKEY-NULL one.</summary>
        public static MikeyEndpoint Endpoint(int mode, string pskHex, int skew)
        {
            if (mode == MikeyMode.Null) return new NullEndpoint(SystemRandomSource.Instance, new ReplayCache(64, skew));
            if (pskHex == null) throw new InvalidEncodingException("--mode psk needs --psk HEX (the pre-shared key)");
            return new PskEndpoint(Hex.Decode(pskHex), null, SystemRandomSource.Instance, new ReplayCache(64, skew));
        }

        public static int Run(byte[] message, int mode, string pskHex, bool atMessageTime, int skew, TextWriter output, TextWriter error) =>
            Run(message, Endpoint(mode, pskHex, skew), atMessageTime, output, error);

        /// <summary>Answers <paramref name="message"/> with <paramref name="responder"/> (of any mode) and prints the outcome.</summary>
        public static int Run(byte[] message, MikeyEndpoint responder, bool atMessageTime, TextWriter output, TextWriter error)
        {
            int mode = responder.Mode;
            ulong now = KeyPeriod.NtpSeconds(DateTime.UtcNow);
            if (atMessageTime) now = MikeyMessage.Parse(message).Timestamp.SecondsNear(now); // T in the era nearest our clock
            MikeyCall call;
            try
            {
                call = responder.Answer(message, now);
            }
            catch (MikeyException e)
            {
                error.WriteLine($"rejected (MIKEY error {(int)e.ErrorCode} {e.ErrorCode}): {e.Message}");
                byte[] reply = responder.ErrorReply(message, e, now);
                error.WriteLine(reply == null ? "error message: none is sent (a replay, or no HDR to answer)"
                                              : "error message (data type 6) to send: " + Hex.Encode(reply));
                return 1;
            }
            HeaderPayload h = call.Message.Header;
            output.WriteLine($"accepted: MIKEY-{MikeyMode.Name(mode).ToUpperInvariant()}, data type {h.DataType} ({MikeyDataType.Name(h.DataType)}), "
                             + $"CSB ID 0x{h.CsbId:x8}, PRF func {h.PrfFunc}, V={(h.VerificationRequested ? 1 : 0)}");
            output.WriteLine(mode == MikeyMode.Ecmqv
                ? $"DHi:        P-256 (group {EccProfile.DhGroupP256Ecmqv}, non-standard) validated; TGK by ECMQV with {System.Text.Encoding.UTF8.GetString(call.Message.FindIdr(IdrPayload.RoleInitiator).Data)}'s static key (implicit authentication: only its holder shares these keys)"
                : mode == MikeyMode.Psk ? $"KEMAC:      AES-CM-128, MAC alg {call.Message.Kemac.MacAlg} verified under the pre-shared key; one TGK"
                : mode == MikeyMode.Null ? "KEMAC:      unprotected (MIKEY-NULL: nothing authenticates this message)"
                : MikeyEccReceive.Outcome(mode));
            for (int i = 0; i < call.Sessions.Length; i++)
            {
                CryptoSession s = call.Sessions[i];
                string mki = call.Spis != null && call.Spis[i] != null ? "  MKI " + Hex.Encode(call.Spis[i]) : "";
                output.WriteLine($"cs_id {s.CsId}: SSRC 0x{s.Ssrc:x8} ROC {s.Roc} policy {(s.Policy == null ? "RFC 3830 default" : s.Policy.PolicyNo.ToString())}{mki}");
                output.WriteLine($"  SRTP master key  {Hex.Encode(s.MasterKey)}");
                output.WriteLine($"  SRTP master salt {Hex.Encode(s.MasterSalt)}");
            }
            if (call.RMessage != null) output.WriteLine("R_MESSAGE to send: " + Hex.Encode(call.RMessage));
            call.Wipe();
            if (responder is PskEndpoint psk) psk.Wipe();
            MikeyEccReceive.Wipe(responder);
            return 0;
        }
    }
}
