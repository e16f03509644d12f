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
            byte[] tgk = request.Key != null ? (byte[])request.Key.Clone() : Random(CallKeys.TgkLength);
            PskTransportKeys keys = null;
            try
            {
                if (!CallKeys.IsTgkLength(tgk.Length))
                    throw new MikeyException(MikeyErrorCode.Unspecified, "call request: a TGK of 16 to 64 octets");
                keys = PskTransportKeys.Derive(_psk, prf, m.Header.CsbId, rand, macAlg);
                KemacPayload kemac = KemacTgk.Seal(m, keys, tgk);
                m.Add(kemac);
                byte[] encoded = m.Encode();
                // RFC 3830 section 6.2: the MAC covers the whole message up to the MAC field; KEMAC is last.
                kemac.Mac = keys.Mac(encoded, encoded.Length - kemac.Mac.Length, null);
                m.Encode();
                return KemacTgk.Offered(Mode, m, tgk, policies, keys);
            }
            finally
            {
                Secrets.Wipe(tgk);
                if (keys != null) keys.Wipe();
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
            try
            {
                if (!keys.MacEndsMessage(iMessage, null))
                    throw new MikeyException(MikeyErrorCode.AuthFailure, "KEMAC MAC does not verify under the pre-shared key");
                return KemacTgk.Open(this, m, keys, MikeyDataType.PskVerification, replayId, ts, ntpNow);
            }
            finally
            {
                keys.Wipe();
            }
        }

        public override void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            if (call == null || !call.IsInitiator || !call.AwaitsConfirmation || call.Mode != Mode)
                throw new System.InvalidOperationException("only a PSK call this endpoint offered with V set awaits an R_MESSAGE");
            VerificationMessage.Confirm(this, call, rMessage, ntpNow, MikeyDataType.PskVerification, PayloadShape.PskResponse());
        }

        private void CheckResponderIsUs(MikeyMessage m)
        {
            IdrPayload idrr = m.FindIdr(IdrPayload.RoleResponder);
            if (idrr != null && _ownUri != null && !ConstantTime.AreEqual(idrr.Data, _ownUri))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for another responder (IDRr)");
        }
    }
}
