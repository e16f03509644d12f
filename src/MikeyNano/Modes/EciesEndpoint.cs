using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY-ECIES (profile section 4; RFC 3830 section 3.2 with ECIES on P-256 in place of RSA), both roles.
    /// I_MESSAGE = HDR(data type EciesInit, V as asked), T, RAND, IDRi, [CERTi], IDRr, {SP}, KEMAC, PKE, SIGNi: the
    /// KEMAC carries one TGK (32 octets), AES-CM-128 encrypted and HMAC-SHA-256 MACed under transport keys derived
    /// from a fresh 32-octet envelope key (RFC 3830 section 4.1.4), the PKE carries the envelope key ECIES-encrypted to
    /// the responder's static key (<see cref="EciesP256"/>), and SIGNi is the initiator's ECDSA P-256 signature of
    /// everything before it. With V set the responder answers R_MESSAGE = HDR(data type EciesResponse), T, IDRr, V
    /// (<see cref="VerificationMessage"/>) and the initiator is keyed once V verifies; without it both sides use the
    /// TGK at once. SRTP keys per crypto session come from the TGK (RFC 3830 section 4.1.3).
    /// Answer's order (profile 3.10): parse and shape (Unspecified), data type (Invalid-DT), KEMAC algorithms
    /// (Invalid-EA, Invalid-MAC), IDRr names us (Invalid-ID), T window (Invalid-TS), the initiator's static key
    /// (Invalid-ID unprovisioned, Invalid-CERT), replay of the signed data (MikeyReplayException), SIGNi (Auth-failure),
    /// the PKE's point (Invalid-DH) and tag (Auth-failure), the KEMAC MAC (Auth-failure), key data (Unspecified),
    /// policies (Invalid-SP, Invalid-SP-param); nothing is derived before SIGNi verified.
    /// </summary>
    public sealed class EciesEndpoint : MikeyEndpoint
    {
        private const int EnvelopeKeyLength = 32;

        private readonly EccCredentials _credentials;

        public EciesEndpoint(EccCredentials credentials, IRandomSource rng, ReplayCache replay) : base(rng, replay)
        {
            if (credentials == null) throw new System.ArgumentNullException("credentials");
            _credentials = credentials;
        }

        public override int Mode { get { return MikeyMode.Ecies; } }

        public EccCredentials Credentials { get { return _credentials; } }

        /// <summary>I_MESSAGE = HDR, T, RAND, IDRi, [CERTi], IDRr, {SP}, KEMAC, PKE, SIGNi (profile 4.1).</summary>
        private static PayloadShape InitShape()
        {
            return new PayloadShape("MIKEY-ECIES I_MESSAGE",
                new int[] { MikeyPayloadType.T, MikeyPayloadType.Rand, PayloadShape.IdrI, MikeyPayloadType.Cert, PayloadShape.IdrR,
                    MikeyPayloadType.Sp, MikeyPayloadType.Kemac, MikeyPayloadType.Pke, MikeyPayloadType.Sign },
                new int[] { 1, 1, 1, 0, 1, 0, 1, 1, 1 }, new int[] { 1, 1, 1, 1, 1, PayloadShape.Many, 1, 1, 1 });
        }

        /// <summary>R_MESSAGE = HDR, T, IDRr, V (profile 4.2).</summary>
        private static PayloadShape ResponseShape()
        {
            return new PayloadShape("MIKEY-ECIES R_MESSAGE",
                new int[] { MikeyPayloadType.T, PayloadShape.IdrR, MikeyPayloadType.V }, new int[] { 1, 1, 1 }, new int[] { 1, 1, 1 });
        }

        /// <summary>The responder is <see cref="CallRequest.ResponderUri"/> (its static key provisioned); the request's
        /// InitiatorUri is ignored: IDRi is this endpoint's own URI.</summary>
        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            CheckRequest(request);
            P256Point responderKey = ProvisionedResponderKey(request);
            int prf = request.PrfFunc;
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(EccProfile.EciesInit, request.VerificationRequested, prf,
                CsbIdFor(request), request.Sessions));
            TimestampPayload t = TimestampPayload.NtpUtcAt(ntpNow);
            m.Add(t);
            byte[] rand = Random(RandLength);
            m.Add(new RandPayload(rand));
            _credentials.AddIdentity(m, IdrPayload.RoleInitiator);
            m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, Utf8.Encode(request.ResponderUri)));
            if (request.Policies != null)
                for (int i = 0; i < request.Policies.Length; i++) m.Add(request.Policies[i]);
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum); // before any key is drawn

            byte[] tgk = request.Key != null ? (byte[])request.Key.Clone() : Random(CallKeys.TgkLength);
            byte[] envKey = Random(EnvelopeKeyLength);
            PskTransportKeys keys = null;
            try
            {
                if (!CallKeys.IsTgkLength(tgk.Length))
                    throw new MikeyException(MikeyErrorCode.Unspecified, "call request: a TGK of 16 to 64 octets");
                keys = PskTransportKeys.Derive(envKey, prf, m.Header.CsbId, rand, KemacPayload.MacHmacSha256);
                KemacPayload kemac = KemacTgk.Seal(m, keys, tgk);
                m.Add(kemac);
                m.Add(new PkePayload(0, EciesP256.Encrypt(responderKey, envKey, RandomSource)));
                m.Add(EccCredentials.UnsignedSign());
                byte[] encoded = m.Encode();
                // Profile 3.5: the MAC covers every octet from the HDR through the MAC alg octet.
                kemac.Mac = keys.Mac(encoded, MacOffset(m), null);
                _credentials.Sign(m);
                return KemacTgk.Offered(Mode, m, tgk, policies, keys);
            }
            finally
            {
                Secrets.Wipe(tgk);
                Secrets.Wipe(envKey);
                if (keys != null) keys.Wipe();
            }
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            MikeyMessage m = ParseAs(iMessage, EccProfile.EciesInit, InitShape());
            KemacPayload kemac = KemacEncryptedWith(m, KemacPayload.EncrAesCm128);
            if (kemac.MacAlg != KemacPayload.MacHmacSha256)
                throw new MikeyException(MikeyErrorCode.InvalidMac, "KEMAC MAC alg " + kemac.MacAlg + ": MIKEY-ECIES uses HMAC-SHA-256-256 (2)");
            byte[] rand = m.Rand.Rand;
            if (rand.Length < RandLength) throw MikeyException.Malformed("RAND of " + rand.Length + " octets (at least 16, RFC 3830 section 6.11)");
            _credentials.CheckNamesUs(m, IdrPayload.RoleResponder);
            ulong ts = CheckTimestamp(m, ntpNow);
            P256Point initiatorKey = _credentials.PeerKey(m, IdrPayload.RoleInitiator, ts);
            byte[] replayId = CheckNotReplayed(m.GetSignedData(), ts, ntpNow);
            EccCredentials.Verify(m, initiatorKey);

            byte[] d = _credentials.KeyPair.PrivateKey, envKey = null;
            PskTransportKeys keys = null;
            try
            {
                envKey = EciesP256.Decrypt(d, ((PkePayload)m.Find(MikeyPayloadType.Pke)).Data);
                keys = PskTransportKeys.Derive(envKey, m.Header.PrfFunc, m.Header.CsbId, rand, KemacPayload.MacHmacSha256);
                int macAt = MacOffset(m);
                if (!ConstantTime.AreEqual(keys.Mac(iMessage, macAt, null), 0, iMessage, macAt, kemac.Mac.Length))
                    throw new MikeyException(MikeyErrorCode.AuthFailure, "KEMAC MAC does not verify under the envelope key");
                return KemacTgk.Open(this, m, keys, EccProfile.EciesResponse, replayId, ts, ntpNow);
            }
            finally
            {
                Secrets.Wipe(d);
                Secrets.Wipe(envKey);
                if (keys != null) keys.Wipe();
            }
        }

        public override void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            if (call == null || !call.IsInitiator || !call.AwaitsConfirmation || call.Mode != Mode)
                throw new System.InvalidOperationException("only an ECIES call this endpoint offered with V set awaits an R_MESSAGE");
            VerificationMessage.Confirm(this, call, rMessage, ntpNow, EccProfile.EciesResponse, ResponseShape());
        }

        private P256Point ProvisionedResponderKey(CallRequest request)
        {
            if (request.ResponderUri == null) throw new MikeyException(MikeyErrorCode.InvalidId, "call request: MIKEY-ECIES needs the responder's URI");
            P256Point key = _credentials.Peers.Find(Utf8.Encode(request.ResponderUri));
            if (key == null) throw new MikeyException(MikeyErrorCode.InvalidId, "call request: no static key is provisioned for " + request.ResponderUri);
            return key;
        }

        // Offset of the KEMAC's MAC field: the PKE and SIGN payloads follow the KEMAC (the shape checked it).
        private static int MacOffset(MikeyMessage m)
        {
            int n = m.PayloadCount;
            return m.Encoded.Length - m.GetPayload(n - 1).EncodedLength - m.GetPayload(n - 2).EncodedLength
                - KemacPayload.MacLength(KemacPayload.MacHmacSha256);
        }
    }
}
