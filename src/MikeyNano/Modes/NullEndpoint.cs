using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY-NULL (profile section 8): RFC 3830 data type 0 with an unencrypted, unMACed KEMAC, as RTSP/ONVIF cameras,
    /// GStreamer and gortsplib send it. Nothing authenticates these messages: whoever can put one on the path keys the
    /// call, so a radio uses this mode only where the transport is trusted (RTSP over TLS, say).
    /// Offer sends what GStreamer's gst_mikey_message_new_from_caps sends: HDR(data type 0, V = 0, PRF func 0), T,
    /// RAND(16), {SP}, KEMAC(Encr alg 0, MAC alg 0) with one TEK key-data sub-payload = SRTP master key || master salt
    /// that keys every crypto session (so every session must ask for the same key and salt lengths).
    /// Answer accepts HDR, T, [RAND], {SP}, KEMAC with either one key item for every crypto session or one per session
    /// in map order: TEK (master key || salt, split at the policy's key length), TEK+SALT, or TGK (keys derived with
    /// the HDR's PRF, RAND required). Refusals: Invalid-DT, Invalid-EA (Encr alg not NULL), Invalid-MAC (a MAC this
    /// endpoint could not check), Invalid-TS and replays as every mode, Unspecified for the shape and the key items,
    /// Invalid-SP / Invalid-SP-param for the policies and a TEK whose length is not key + salt. The V flag is ignored:
    /// this mode has no R_MESSAGE.
    /// </summary>
    public sealed class NullEndpoint : MikeyEndpoint
    {
        public NullEndpoint(IRandomSource rng, ReplayCache replay) : base(rng, replay) { }

        public override int Mode { get { return MikeyMode.Null; } }

        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            CheckRequest(request);
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, false, HeaderPayload.PrfMikey1,
                CsbIdFor(request), request.Sessions));
            m.Add(TimestampPayload.NtpUtcAt(ntpNow));
            m.Add(new RandPayload(Random(RandLength)));
            if (request.Policies != null)
                for (int i = 0; i < request.Policies.Length; i++) m.Add(request.Policies[i]);
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum);
            int keyLength = CallKeys.KeyLength(policies[0]), saltLength = CallKeys.SaltLength(policies[0]);
            for (int i = 1; i < policies.Length; i++)
                if (CallKeys.KeyLength(policies[i]) != keyLength || CallKeys.SaltLength(policies[i]) != saltLength)
                    throw new MikeyException(MikeyErrorCode.InvalidSpPar, "MIKEY-NULL sends one key for every crypto session: their policies must ask for the same key and salt lengths");
            byte[] tek = request.Key != null ? (byte[])request.Key.Clone() : Random(keyLength + saltLength);
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                if (tek.Length != keyLength + saltLength)
                    throw new MikeyException(MikeyErrorCode.InvalidSpPar, "call request: the TEK must be the " + keyLength + "-octet key and " + saltLength + "-octet salt");
                m.Add(KemacPayload.WithPlainKeyData(new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTek, tek) }, KemacPayload.MacNull, null));
                m.Encode();
                sessions = new CryptoSession[policies.Length];
                for (int i = 0; i < sessions.Length; i++)
                    sessions[i] = CallKeys.Session(m, i, policies[i], Octets.Slice(tek, 0, keyLength), Octets.Slice(tek, keyLength, saltLength));
                MikeyCall call = new MikeyCall(Mode, true, m, sessions);
                delivered = true;
                return call;
            }
            finally
            {
                Secrets.Wipe(tek);
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            MikeyMessage m = ParseAs(iMessage, MikeyDataType.PreShared, PayloadShape.NullInit());
            KemacPayload kemac = KemacEncryptedWith(m, KemacPayload.EncrNull);
            if (kemac.MacAlg != KemacPayload.MacNull)
                throw new MikeyException(MikeyErrorCode.InvalidMac, "KEMAC MAC alg " + kemac.MacAlg + ": a MIKEY-NULL endpoint has no key to check a MAC");
            ulong ts = CheckTimestamp(m, ntpNow);
            byte[] replayId = CheckNotReplayed(m, ts, ntpNow);
            KeyDataPayload[] items = kemac.GetKeyData();
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                int n = m.Header.SrtpEntries == null ? 0 : m.Header.SrtpEntries.Length;
                if (items.Length != 1 && items.Length != n)
                    throw MikeyException.Malformed(items.Length + " key data sub-payloads for " + n + " crypto sessions (one, or one per session)");
                SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum);
                sessions = NullKeyItems.Sessions(m, items, policies);
                MikeyCall call = new MikeyCall(Mode, false, m, sessions);
                call.Spis = NullKeyItems.Spis(items, n);
                RecordAccepted(replayId, ts, ntpNow);
                delivered = true;
                return call;
            }
            finally
            {
                CallKeys.WipeItems(items);
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }
    }
}
