using MikeyNano.Bytes;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// A TGK carried in a KEMAC under transport keys (RFC 3830 sections 4.1.4, 6.2; profile 3.5), as MIKEY-PSK and
    /// MIKEY-ECIES carry it: one TGK key-data sub-payload, AES-CM-128 encrypted; the MAC filled in by the mode once the
    /// message is encoded (what follows the KEMAC differs). Both ends of the call: the initiator's keyed (or pending)
    /// call, and the responder's decryption, keys, R_MESSAGE and replay record once the mode authenticated the message.
    /// </summary>
    internal static class KemacTgk
    {
        /// <summary>The KEMAC for <paramref name="tgk"/> in <paramref name="m"/> (its HDR and T in place), with a zero MAC.</summary>
        public static KemacPayload Seal(MikeyMessage m, PskTransportKeys keys, byte[] tgk)
        {
            byte[] chain = KeyDataPayload.EncodeChain(new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTgk, tgk) });
            try
            {
                return new KemacPayload(KemacPayload.EncrAesCm128, keys.Crypt(chain, m.Header.CsbId, m.Timestamp.Value), keys.MacAlg,
                    new byte[KemacPayload.MacLength(keys.MacAlg)]);
            }
            finally
            {
                Secrets.Wipe(chain);
            }
        }

        /// <summary>The initiator's call for the final message <paramref name="m"/>: keyed at once, or with V set waiting
        /// for the R_MESSAGE with the transport auth key taken from <paramref name="keys"/> (RFC 3830 section 3.1).</summary>
        public static MikeyCall Offered(int mode, MikeyMessage m, byte[] tgk, SecurityPolicyPayload[] policies, PskTransportKeys keys)
        {
            MikeyCall call = new MikeyCall(mode, true, m, CallKeys.FromTgk(m, tgk, policies));
            if (m.Header.VerificationRequested)
            {
                call.AwaitsConfirmation = true;
                call.PendingAuthAlg = keys.MacAlg;
                call.PendingAuthKey = keys.TakeAuthKey();
            }
            return call;
        }

        /// <summary>The responder's call for an authenticated I_MESSAGE (the mode verified its MAC and everything
        /// before): the key-data chain decrypted, its one TGK (Unspecified otherwise), the policies (Invalid-SP,
        /// Invalid-SP-param), the crypto sessions, the R_MESSAGE of <paramref name="responseType"/> when V is set, and
        /// the replay record, in that order: a refusal leaves nothing derived or recorded.</summary>
        public static MikeyCall Open(MikeyEndpoint endpoint, MikeyMessage m, PskTransportKeys keys, int responseType, byte[] replayId, ulong ts, ulong ntpNow)
        {
            byte[] chain = keys.Crypt(m.Kemac.EncrData, m.Header.CsbId, m.Timestamp.Value);
            KeyDataPayload[] items = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                items = KeyDataPayload.ParseChain(chain);
                byte[] tgk = CallKeys.OneTgk(items);
                SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, endpoint.SrtpMinimum);
                sessions = CallKeys.FromTgk(m, tgk, policies);
                MikeyCall call = new MikeyCall(endpoint.Mode, false, m, sessions);
                if (m.Header.VerificationRequested) call.RMessage = VerificationMessage.Build(m, responseType, keys, ntpNow);
                endpoint.RecordAccepted(replayId, ts, ntpNow);
                delivered = true;
                return call;
            }
            finally
            {
                Secrets.Wipe(chain);
                CallKeys.WipeItems(items);
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }
    }
}
