using MikeyNano.Bytes;
using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY-ECMQV (profile section 5; non-standard data types 242/243 and DH-Group 240, <see cref="EccProfile"/>),
    /// both roles: authenticated key agreement with implicit authentication. Each side holds a static P-256 key pair
    /// bound to its URI; the peer's static key is provisioned (<see cref="PeerKeyDirectory"/>) or, for the initiator,
    /// carried in a CERT payload whose issuer is provisioned.
    /// I_MESSAGE = HDR(242, V = 1), T, RAND, IDRi, [CERTi], IDRr, {SP}, DHi; R_MESSAGE = HDR(243), T, IDRr, IDRi, DHr,
    /// DHi (copied), V. TGK = x([s](E' + [avf(E')] Q')) (<see cref="EcmqvP256"/>); V = HMAC-SHA-256 under the TGK's
    /// transport auth key over the R_MESSAGE and the whole I_MESSAGE, so the initiator keys the call only once the
    /// responder proved it holds the TGK (and so its static private key) and saw the I_MESSAGE unchanged. SRTP keys
    /// per crypto session come from the TGK (RFC 3830 section 4.1.3), as in every mode.
    /// Answer's order (profile section 3.10): parse and shape (Unspecified), data type (Invalid-DT), PRF (Invalid-PRF),
    /// T window (Invalid-TS), replay (MikeyReplayException), IDRr is us (Invalid-ID), the initiator's static key
    /// (Invalid-ID unknown, Invalid-CERT for a certificate not accepted), DHi group and point (Invalid-DH), policies
    /// (Invalid-SP, Invalid-SP-param); only then is anything derived or recorded. The I_MESSAGE carries no MAC: only the
    /// holder of the initiator's static and ephemeral private keys can use what the responder derives.
    /// </summary>
    public sealed class EcmqvEndpoint : MikeyEndpoint
    {
        private readonly P256KeyPair _own;
        private readonly byte[] _ownUri;
        private readonly string _ownUriText;
        private readonly byte[] _ownCertificate;
        private readonly PeerKeyDirectory _peers;

        /// <param name="ownKey">our static key pair (kept by reference; its owner wipes it)</param>
        /// <param name="ownUri">our URI: IDRi of our offers, and the IDRr an I_MESSAGE to us must carry</param>
        /// <param name="ownCertificate">our certificate (DER) sent as CERTi in offers, or null</param>
        /// <param name="peers">the peers' static keys and the certificate issuers</param>
        /// <param name="rng">the random source for CSB IDs, RANDs and ephemeral keys</param>
        /// <param name="replay">the replay cache; its skew is the accepted clock difference</param>
        public EcmqvEndpoint(P256KeyPair ownKey, string ownUri, byte[] ownCertificate, PeerKeyDirectory peers, IRandomSource rng, ReplayCache replay)
            : base(rng, replay)
        {
            if (ownKey == null) throw new InvalidKeyException("MIKEY-ECMQV needs our static key pair");
            if (ownUri == null) throw new System.ArgumentNullException("ownUri");
            if (peers == null) throw new System.ArgumentNullException("peers");
            _own = ownKey;
            _ownUriText = ownUri;
            _ownUri = Utf8.Encode(ownUri);
            _ownCertificate = ownCertificate;
            _peers = peers;
        }

        public override int Mode { get { return MikeyMode.Ecmqv; } }

        /// <summary>The I_MESSAGE to <see cref="CallRequest.ResponderUri"/> (required; its static key must be
        /// provisioned, else Invalid-ID). IDRi is <see cref="CallRequest.InitiatorUri"/> or our URI. The call awaits
        /// <see cref="Confirm"/>: it holds the ephemeral private key until then.</summary>
        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            CheckRequest(request);
            if (request.ResponderUri == null) throw new MikeyException(MikeyErrorCode.InvalidId, "call request: MIKEY-ECMQV needs the responder's URI");
            byte[] responder = Utf8.Encode(request.ResponderUri);
            P256Point responderKey = _peers.Find(responder);
            if (responderKey == null) throw new MikeyException(MikeyErrorCode.InvalidId, "no static key is provisioned for " + request.ResponderUri);
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(EccProfile.EcmqvInit, true, request.PrfFunc, CsbIdFor(request), request.Sessions));
            m.Add(TimestampPayload.NtpUtcAt(ntpNow));
            m.Add(new RandPayload(Random(RandLength)));
            m.Add(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, request.InitiatorUri != null ? Utf8.Encode(request.InitiatorUri) : _ownUri));
            if (_ownCertificate != null) m.Add(new CertPayload(0, _ownCertificate));
            m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, responder));
            if (request.Policies != null)
                for (int i = 0; i < request.Policies.Length; i++) m.Add(request.Policies[i]);
            CallPolicies.Resolve(m, SrtpMinimum); // refuse a policy below the minimum before a key is drawn
            byte[] ephemeral = EcmqvMessages.EphemeralScalar(this);
            bool delivered = false;
            try
            {
                m.Add(EcmqvMessages.DhOf(EcmqvMessages.PublicOf(ephemeral)));
                m.Encode();
                MikeyCall call = new MikeyCall(Mode, true, m, null);
                call.AwaitsConfirmation = true;
                call.PendingEphemeralKey = ephemeral;
                call.PendingPeerKey = responderKey;
                delivered = true;
                return call;
            }
            finally
            {
                if (!delivered) Secrets.Wipe(ephemeral);
            }
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            MikeyMessage m = ParseAs(iMessage, EccProfile.EcmqvInit, EcmqvMessages.InitShape());
            if (m.Rand.Rand.Length < RandLength) throw MikeyException.Malformed("RAND of " + m.Rand.Rand.Length + " octets (at least 16, profile section 3.2)");
            ulong ts = CheckTimestamp(m, ntpNow);
            byte[] replayId = CheckNotReplayed(m, ts, ntpNow);
            if (!ConstantTime.AreEqual(m.FindIdr(IdrPayload.RoleResponder).Data, _ownUri))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for another responder (IDRr is not " + _ownUriText + ")");
            P256Point initiatorKey = _peers.Resolve(m.FindIdr(IdrPayload.RoleInitiator), (CertPayload)m.Find(MikeyPayloadType.Cert), ts,
                X509Certificate.UsageKeyAgreement);
            DhPayload dhi = EcmqvMessages.Dh(m, 0);
            P256Point initiatorEphemeral = EcmqvMessages.EphemeralOf(dhi, "DHi");
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum);

            byte[] ephemeral = EcmqvMessages.EphemeralScalar(this);
            byte[] tgk = null;
            PskTransportKeys vKey = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                P256Point own = EcmqvMessages.PublicOf(ephemeral);
                tgk = EcmqvMessages.Tgk(_own, ephemeral, own, initiatorKey, initiatorEphemeral);
                sessions = CallKeys.FromTgk(m, tgk, policies);
                vKey = EcmqvMessages.VerificationKey(m, tgk);
                MikeyCall call = new MikeyCall(Mode, false, m, sessions);
                call.RMessage = EcmqvMessages.Response(m, EcmqvMessages.DhOf(own), vKey, ntpNow);
                RecordAccepted(replayId, ts, ntpNow);
                delivered = true;
                return call;
            }
            finally
            {
                Secrets.Wipe(ephemeral);
                Secrets.Wipe(tgk);
                if (vKey != null) vKey.Wipe();
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        /// <summary>Verifies the R_MESSAGE and keys the call. Order: an RFC 3830 error message is the responder's
        /// refusal; parse and shape (Unspecified), data type (Invalid-DT), HDR copied (Unspecified), IDRr and IDRi
        /// copied (Invalid-ID), T window (Invalid-TS), DHi copied (Unspecified), DHr group and point (Invalid-DH), V
        /// Auth alg 2 (Invalid-MAC), V (Auth-failure). A refusal leaves the call awaiting, its ephemeral key kept.</summary>
        public override void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            if (call == null || !call.IsInitiator || !call.AwaitsConfirmation || call.Mode != Mode || call.PendingEphemeralKey == null)
                throw new System.InvalidOperationException("only an ECMQV call this endpoint offered awaits an R_MESSAGE");
            MikeyMessage error = ErrorMessage.ParseIfError(rMessage);
            if (error != null) throw ErrorMessage.Refusal(error);
            MikeyMessage r = ParseAs(rMessage, EccProfile.EcmqvResponse, EcmqvMessages.ResponseShape());
            MikeyMessage i = call.Message;
            ResponseHeader.CheckCopied(i, rMessage);
            CheckIdrCopied(i, r, IdrPayload.RoleResponder);
            CheckIdrCopied(i, r, IdrPayload.RoleInitiator);
            CheckTimestamp(r, ntpNow);
            DhPayload dhi = EcmqvMessages.Dh(i, 0);
            if (!EcmqvMessages.SameDh(dhi, EcmqvMessages.Dh(r, 1))) throw MikeyException.Malformed("R_MESSAGE DHi is not the I_MESSAGE's");
            P256Point responderEphemeral = EcmqvMessages.EphemeralOf(EcmqvMessages.Dh(r, 0), "DHr");
            VerificationPayload v = (VerificationPayload)r.Find(MikeyPayloadType.V);
            if (v.AuthAlg != KemacPayload.MacHmacSha256)
                throw new MikeyException(MikeyErrorCode.InvalidMac, "V Auth alg " + v.AuthAlg + ": MIKEY-ECMQV uses HMAC-SHA-256-256 (2)");
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(i, SrtpMinimum);

            byte[] tgk = null;
            PskTransportKeys vKey = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                tgk = EcmqvMessages.Tgk(_own, call.PendingEphemeralKey, EcmqvMessages.EphemeralOf(dhi, "DHi"), call.PendingPeerKey, responderEphemeral);
                vKey = EcmqvMessages.VerificationKey(i, tgk);
                if (!vKey.MacEndsMessage(rMessage, i.Encoded))
                    throw new MikeyException(MikeyErrorCode.AuthFailure, "V payload does not verify: the responder does not hold the TGK of our keys");
                sessions = CallKeys.FromTgk(i, tgk, policies);
                call.Confirmed(sessions, rMessage);
                Secrets.Wipe(call.PendingEphemeralKey);
                call.PendingEphemeralKey = null;
                call.PendingPeerKey = null;
                delivered = true;
            }
            finally
            {
                Secrets.Wipe(tgk);
                if (vKey != null) vKey.Wipe();
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        private static void CheckIdrCopied(MikeyMessage i, MikeyMessage r, int role)
        {
            IdrPayload sent = i.FindIdr(role), back = r.FindIdr(role);
            if (sent.IdType != back.IdType || !ConstantTime.AreEqual(sent.Data, back.Data))
                throw new MikeyException(MikeyErrorCode.InvalidId, "R_MESSAGE " + IdrPayload.RoleName(role) + " is not the I_MESSAGE's");
        }
    }
}
