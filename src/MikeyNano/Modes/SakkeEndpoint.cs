using System;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY-SAKKE (RFC 6509) on the one endpoint API, so an application keys SAKKE calls exactly as it keys the other
    /// modes: <see cref="Offer"/> builds and signs the I_MESSAGE with <see cref="SakkeInitiator"/> (SSV encapsulated to
    /// the responder's identity, RFC 6508; ECCSI signature, RFC 6507), <see cref="Answer"/> runs
    /// <see cref="SakkeResponder"/> on a received one. MIKEY-SAKKE is I_MESSAGE-only (RFC 6509 section 4: V is 0 and no
    /// R_MESSAGE exists), so a request asking for verification is refused and <see cref="MikeyEndpoint.Confirm"/> is
    /// Invalid-DT. The SSV is wiped once the sessions are derived; the calls own their SRTP keys (MikeyCall.Wipe).
    /// A replayed I_MESSAGE is a <see cref="MikeyReplayException"/>, answered with nothing.
    /// </summary>
    public sealed class SakkeEndpoint : MikeyEndpoint
    {
        private readonly SakkeInitiator _initiator;
        private readonly SakkeResponder _responder;
        private readonly UserKeyMaterial _own;

        /// <param name="own">our key set (RSK, SSK, PVT) of the current key period</param>
        /// <param name="trustedKms">KMSs other than ours whose users may call us (null: ours only)</param>
        /// <param name="rng">draws the SSV, RAND and the ECCSI nonces</param>
        /// <param name="replay">the replay cache and clock window every mode shares</param>
        public SakkeEndpoint(UserKeyMaterial own, KmsPublicKeys[] trustedKms, IRandomSource rng, ReplayCache replay)
            : base(rng, replay)
        {
            if (own == null) throw new ArgumentNullException("own");
            _own = own;
            _initiator = new SakkeInitiator(own, rng);
            _responder = new SakkeResponder(own, trustedKms, replay);
            ResponderKms = own.Kms;
            IdScheme = IdentityScheme.Uid3gpp;
        }

        public override int Mode { get { return MikeyMode.Sakke; } }

        /// <summary>The KMS of the users this endpoint calls (default: ours).</summary>
        public KmsPublicKeys ResponderKms { get; set; }

        /// <summary>The identity scheme of the I_MESSAGEs offered (<see cref="IdentityScheme"/>: 3GPP UIDs by default).</summary>
        public int IdScheme { get; set; }

        /// <summary>Also accept a signature over the message without the SIGN header, as some older peers sign.</summary>
        public bool AcceptLegacySignature
        {
            get { return _responder.AcceptLegacySignature; }
            set { _responder.AcceptLegacySignature = value; }
        }

        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            if (request == null) throw new ArgumentNullException("request");
            if (request.VerificationRequested)
                throw new ArgumentException("MIKEY-SAKKE has no verification message (RFC 6509 section 4: V is 0)");
            if (request.ResponderUri == null) throw new ArgumentException("MIKEY-SAKKE encapsulates to the responder's URI: set ResponderUri");
            if (request.InitiatorUri != null && request.InitiatorUri != _own.Uri)
                throw new ArgumentException("MIKEY-SAKKE signs as our key set's user " + _own.Uri + ", not " + request.InitiatorUri);
            if (request.Key != null) throw new ArgumentException("MIKEY-SAKKE draws its SSV itself: no Key in the request");
            CallOffer offer = new CallOffer(request.ResponderUri, ResponderKms);
            offer.IdScheme = IdScheme;
            offer.PrfFunc = request.PrfFunc;
            offer.SrtpSessions = request.Sessions;
            offer.Policies = request.Policies;
            offer.CsbId = CsbIdFor(request);
            OutgoingCall sent = _initiator.CreateIMessage(offer, ntpNow);
            Secrets.Wipe(sent.Ssv); // the sessions are derived; the SSV is needed no more
            try
            {
                CallPolicies.Resolve(sent.Parsed, SrtpMinimum); // the same local minimum every mode's Offer holds to
            }
            catch (MikeyException)
            {
                SessionKeys.Wipe(sent.Sessions);
                throw;
            }
            return new MikeyCall(Mode, true, sent.Parsed, sent.Sessions);
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            _responder.SrtpMinimum = SrtpMinimum;
            ReceivedCall received = _responder.Process(iMessage, ntpNow);
            Secrets.Wipe(received.Ssv);
            return new MikeyCall(Mode, false, received.Message, received.Sessions);
        }
    }
}
