using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY-PSK (RFC 3830 section 3.1; profile section 7), both roles, with one pre-shared key.
    /// I_MESSAGE = HDR(data type 0, V as asked), T, RAND, [IDRi], [IDRr], {SP}, KEMAC: the KEMAC carries one TGK
    /// (32 octets) in a key-data sub-payload, encrypted with AES-CM-128 and MACed (HMAC-SHA-1-160 with PRF func 0,
    /// HMAC-SHA-256-256 with PRF func 1) over the whole message up to the MAC, under transport keys derived from the
    /// PSK (<see cref="PskTransportKeys"/>). With V set the responder answers R_MESSAGE = HDR(data type 1), T, [IDRr],
    /// V, whose Ver data is the MAC of the R_MESSAGE and the I_MESSAGE's T value. Each crypto session's SRTP keys come
    /// from the TGK (RFC 3830 section 4.1.3).
    /// Answer's order (profile section 3.10): parse and shape (Unspecified), data type (Invalid-DT), KEMAC algorithms
    /// (Invalid-EA for Encr alg other than AES-CM, Invalid-MAC for MAC alg NULL), identity (Invalid-ID), T window
    /// (Invalid-TS), replay (MikeyReplayException), MAC (Auth-failure), key data (Unspecified), policies (Invalid-SP,
    /// Invalid-SP-param); only then is anything derived or recorded.
    /// </summary>
    public sealed class PskEndpoint : MikeyEndpoint
    {
        private const int TgkLength = 32;
        private const int MinTgkLength = 16;
        private const int MaxTgkLength = 64;

        private readonly byte[] _psk;
        private readonly byte[] _ownUri;

        /// <param name="psk">the pre-shared key (any length; copied, <see cref="Wipe"/> forgets it)</param>
        /// <param name="ownUri">our URI: an I_MESSAGE whose IDRr names another is refused (Invalid-ID); null accepts any</param>
        /// <param name="rng">the random source for CSB IDs, RANDs and TGKs</param>
        /// <param name="replay">the replay cache; its skew is the accepted clock difference</param>
        public PskEndpoint(byte[] psk, string ownUri, IRandomSource rng, ReplayCache replay) : base(rng, replay)
        {
            if (psk == null || psk.Length == 0) throw new InvalidKeyException("MIKEY-PSK needs a non-empty pre-shared key");
            _psk = (byte[])psk.Clone();
            _ownUri = ownUri == null ? null : Utf8.Encode(ownUri);
        }

        public override int Mode { get { return MikeyMode.Psk; } }

        /// <summary>Zeroes this endpoint's copy of the pre-shared key.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_psk);
        }

        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            CheckRequest(request);
            int prf = request.PrfFunc;
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, request.VerificationRequested, prf,
                CsbIdFor(request), request.Sessions));
            TimestampPayload t = TimestampPayload.NtpUtcAt(ntpNow);
            m.Add(t);
            byte[] rand = Random(RandLength);
            m.Add(new RandPayload(rand));
            if (request.InitiatorUri != null) m.Add(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, Utf8.Encode(request.InitiatorUri)));
            if (request.ResponderUri != null) m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, Utf8.Encode(request.ResponderUri)));
            if (request.Policies != null)
                for (int i = 0; i < request.Policies.Length; i++) m.Add(request.Policies[i]);
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum); // before any key is drawn

            int macAlg = prf == HeaderPayload.PrfMikey1 ? KemacPayload.MacHmacSha1 : KemacPayload.MacHmacSha256;
            byte[] tgk = request.Key != null ? (byte[])request.Key.Clone() : Random(TgkLength);
            byte[] chain = null;
            PskTransportKeys keys = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                if (tgk.Length < MinTgkLength || tgk.Length > MaxTgkLength)
                    throw new MikeyException(MikeyErrorCode.Unspecified, "call request: a TGK of 16 to 64 octets");
                keys = PskTransportKeys.Derive(_psk, prf, m.Header.CsbId, rand, macAlg);
                chain = KeyDataPayload.EncodeChain(new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTgk, tgk) });
                KemacPayload kemac = new KemacPayload(KemacPayload.EncrAesCm128, keys.Crypt(chain, m.Header.CsbId, t.Value), macAlg,
                    new byte[KemacPayload.MacLength(macAlg)]);
                m.Add(kemac);
                byte[] encoded = m.Encode();
                // RFC 3830 section 6.2: the MAC covers the whole message up to the MAC field; KEMAC is last.
                kemac.Mac = keys.Mac(encoded, encoded.Length - kemac.Mac.Length, null);
                m.Encode();
                sessions = CallKeys.FromTgk(m, tgk, policies);
                MikeyCall call = new MikeyCall(Mode, true, m, sessions);
                if (request.VerificationRequested)
                {
                    call.AwaitsConfirmation = true;
                    call.PendingAuthKey = keys.TakeAuthKey();
                    call.PendingAuthAlg = macAlg;
                }
                delivered = true;
                return call;
            }
            finally
            {
                Secrets.Wipe(tgk);
                Secrets.Wipe(chain);
                if (keys != null) keys.Wipe();
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            MikeyMessage m = ParseAs(iMessage, MikeyDataType.PreShared, PayloadShape.PskInit());
            KemacPayload kemac = KemacEncryptedWith(m, KemacPayload.EncrAesCm128);
            if (kemac.MacAlg == KemacPayload.MacNull)
                throw new MikeyException(MikeyErrorCode.InvalidMac, "KEMAC MAC alg NULL: a PSK message must be MACed");
            byte[] rand = m.Rand.Rand;
            if (rand.Length < RandLength) throw MikeyException.Malformed("RAND of " + rand.Length + " octets (at least 16, RFC 3830 section 6.11)");
            CheckResponderIsUs(m);
            ulong ts = CheckTimestamp(m, ntpNow);
            byte[] replayId = CheckNotReplayed(m, ts, ntpNow);

            PskTransportKeys keys = PskTransportKeys.Derive(_psk, m.Header.PrfFunc, m.Header.CsbId, rand, kemac.MacAlg);
            byte[] chain = null;
            KeyDataPayload[] items = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                if (!keys.MacEndsMessage(iMessage, null))
                    throw new MikeyException(MikeyErrorCode.AuthFailure, "KEMAC MAC does not verify under the pre-shared key");
                chain = keys.Crypt(kemac.EncrData, m.Header.CsbId, m.Timestamp.Value);
                items = KeyDataPayload.ParseChain(chain);
                byte[] tgk = OneTgk(items);
                SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum);
                sessions = CallKeys.FromTgk(m, tgk, policies);
                MikeyCall call = new MikeyCall(Mode, false, m, sessions);
                if (m.Header.VerificationRequested) call.RMessage = Verification(m, keys, ntpNow);
                RecordAccepted(replayId, ts, ntpNow);
                delivered = true;
                return call;
            }
            finally
            {
                keys.Wipe();
                Secrets.Wipe(chain);
                CallKeys.WipeItems(items);
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        public override void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            if (call == null || !call.IsInitiator || !call.AwaitsConfirmation || call.Mode != Mode)
                throw new System.InvalidOperationException("only a PSK call this endpoint offered with V set awaits an R_MESSAGE");
            MikeyMessage error = ErrorMessage.ParseIfError(rMessage);
            if (error != null) throw ErrorMessage.Refusal(error);
            MikeyMessage r = ParseAs(rMessage, MikeyDataType.PskVerification, PayloadShape.PskResponse());
            ResponseHeader.CheckCopied(call.Message, rMessage);
            CheckIdrrCopied(call.Message, r);
            CheckTimestamp(r, ntpNow);
            VerificationPayload v = (VerificationPayload)r.Find(MikeyPayloadType.V);
            if (v.AuthAlg != call.PendingAuthAlg)
                throw new MikeyException(MikeyErrorCode.AuthFailure, "V Auth alg " + v.AuthAlg + " is not the I_MESSAGE's MAC alg " + call.PendingAuthAlg);
            PskTransportKeys keys = PskTransportKeys.ForAuthentication(call.PendingAuthKey, call.PendingAuthAlg);
            if (!keys.MacEndsMessage(rMessage, TValueOf(call.Message)))
                throw new MikeyException(MikeyErrorCode.AuthFailure, "V payload does not verify: the responder does not hold the pre-shared key");
            keys.Wipe();
            call.PendingAuthKey = null;
            call.RMessage = rMessage;
            call.AwaitsConfirmation = false;
        }

        // R_MESSAGE = HDR(data type 1, V = 0, rest copied), T(now), [IDRr copied], V(MAC alg, Ver data).
        private static byte[] Verification(MikeyMessage i, PskTransportKeys keys, ulong ntpNow)
        {
            MikeyMessage r = new MikeyMessage(ErrorMessage.CopyOf(i.Header, MikeyDataType.PskVerification));
            r.Add(TimestampPayload.NtpUtcAt(ntpNow));
            IdrPayload idrr = i.FindIdr(IdrPayload.RoleResponder);
            if (idrr != null) r.Add(idrr);
            VerificationPayload v = new VerificationPayload(keys.MacAlg, new byte[KemacPayload.MacLength(keys.MacAlg)]);
            r.Add(v);
            byte[] encoded = r.Encode();
            v.VerData = keys.Mac(encoded, encoded.Length - v.VerData.Length, TValueOf(i));
            return r.Encode();
        }

        private static byte[] TValueOf(MikeyMessage m)
        {
            byte[] t = new byte[8];
            BigEndian.WriteUInt64(t, 0, m.Timestamp.Value);
            return t;
        }

        // ECIES and PSK carry exactly one key-data sub-payload, a TGK of 16..64 octets (profile section 3.5).
        private static byte[] OneTgk(KeyDataPayload[] items)
        {
            if (items.Length != 1) throw MikeyException.Malformed("KEMAC carries " + items.Length + " key data sub-payloads, not one TGK");
            KeyDataPayload k = items[0];
            if (k.Type != KeyDataPayload.TypeTgk) throw MikeyException.Malformed("KEMAC key data type " + k.Type + " is not TGK (0)");
            if (k.Key.Length < MinTgkLength || k.Key.Length > MaxTgkLength)
                throw MikeyException.Malformed("TGK of " + k.Key.Length + " octets (16 to 64)");
            return k.Key;
        }

        private void CheckResponderIsUs(MikeyMessage m)
        {
            IdrPayload idrr = m.FindIdr(IdrPayload.RoleResponder);
            if (idrr != null && _ownUri != null && !ConstantTime.AreEqual(idrr.Data, _ownUri))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for another responder (IDRr)");
        }

        // IDRr is in the R_MESSAGE exactly when the I_MESSAGE carried one, copied (profile section 7).
        private static void CheckIdrrCopied(MikeyMessage i, MikeyMessage r)
        {
            IdrPayload sent = i.FindIdr(IdrPayload.RoleResponder);
            IdrPayload back = r.FindIdr(IdrPayload.RoleResponder);
            if ((sent == null) != (back == null) || (sent != null && !ConstantTime.AreEqual(sent.Data, back.Data)))
                throw new MikeyException(MikeyErrorCode.InvalidId, "R_MESSAGE IDRr is not the I_MESSAGE's");
        }
    }
}
