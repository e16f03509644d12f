using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Sakke;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// The initiator of MIKEY-SAKKE (RFC 6509 section 2; 3GPP TS 33.180 Annex E): builds the one I_MESSAGE
    ///   HDR(data type 26, V = 0), T, RAND, IDRi, IDRr, [IDRkmsi, IDRkmsr], {SP}, SAKKE, [GENERAL EXT], SIGN(ECCSI)
    /// that carries a fresh SSV encapsulated to the responder's identifier and is signed with the initiator's ECCSI
    /// key over everything before the signature, SIGN header included. With the 3GPP scheme the identities are UIDs
    /// (IDR roles 8 and 9) and the SAKKE ID scheme is 2; with RFC 6509's they are URIs (roles 1 and 2), scheme 1.
    /// The offer's scheme must be that of our keys (else MikeyException Invalid-ID), and T must lie in their key period
    /// (else <see cref="InvalidKeyException"/>): nothing is signed with keys outside the period they were issued for.
    /// </summary>
    public sealed class SakkeInitiator
    {
        internal const int RandLength = 16;
        private const int EccsiSignatureLength = 129;

        private readonly UserKeyMaterial _own;
        private readonly IRandomSource _rng;
        private SakkeSender _sender;
        private byte[] _senderKey;  // the Z_T that _sender encapsulates to

        public SakkeInitiator(UserKeyMaterial own, IRandomSource rng)
        {
            _own = own;
            _rng = rng;
        }

        /// <summary>Builds and signs the I_MESSAGE at NTP time <paramref name="ntpSeconds"/> (seconds since 1900 counted
        /// across NTP eras, as KeyPeriod.NtpSeconds gives them: the key period comes from it; T carries it modulo 2^32).</summary>
        public OutgoingCall CreateIMessage(CallOffer offer, ulong ntpSeconds)
        {
            if (offer.SrtpSessions != null && offer.GenericSessions != null)
                throw new MikeyException(MikeyErrorCode.Unspecified, "call offer: give SRTP-ID or GENERIC-ID sessions, not both");
            // Our signature binds our identifier, and the responder checks it under the offer's scheme at T: keys of
            // another scheme or key period would sign for an identity the message does not name.
            if (offer.IdScheme != _own.IdScheme)
                throw new MikeyException(MikeyErrorCode.InvalidId, "call offer: ID scheme " + offer.IdScheme + ", but our keys are for scheme " + _own.IdScheme);
            EccsiSigner signer = _own.SignerAt(ntpSeconds);
            byte[] responderId = IdentityScheme.Identifier(offer.IdScheme, offer.ResponderUri, offer.ResponderKms, ntpSeconds);
            byte[] ssv = offer.Ssv != null ? (byte[])offer.Ssv.Clone() : Random(offer.SsvLength);
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                uint csbId = offer.CsbId != 0 ? offer.CsbId : RandomUInt32();
                MikeyMessage m = new MikeyMessage(Header(offer, csbId));
                m.Add(TimestampPayload.NtpUtcAt(ntpSeconds));
                m.Add(new RandPayload(Random(RandLength)));
                AddIdentities(m, offer, responderId);
                if (offer.Policies != null)
                    for (int i = 0; i < offer.Policies.Length; i++) m.Add(offer.Policies[i]);
                SessionKeys.Check(m); // a policy we cannot key is refused before anything is encapsulated or signed
                m.Add(new SakkePayload(SakkePayload.ParameterSet1, offer.IdScheme, SenderFor(offer.ResponderKms).Encapsulate(ssv, responderId)));
                if (offer.Extension != null) m.Add(offer.Extension);

                // RFC 6509 section 2 / RFC 3830 section 6.5: the signature covers the message up to and including the
                // SIGN header. Encode with a placeholder of the final length, sign that prefix, then encode again.
                SignaturePayload sign = new SignaturePayload(SignaturePayload.Eccsi, new byte[EccsiSignatureLength]);
                m.Add(sign);
                m.Encode();
                sign.Signature = signer.Sign(m.GetSignedData(), _rng);
                byte[] encoded = m.Encode();
                sessions = SessionKeys.Derive(m, ssv);
                OutgoingCall call = new OutgoingCall(encoded, m, ssv, sessions);
                delivered = true;
                return call;
            }
            finally
            {
                if (!delivered)
                {
                    Secrets.Wipe(ssv); // the caller never gets them: nobody else would wipe them
                    SessionKeys.Wipe(sessions);
                }
            }
        }

        private static HeaderPayload Header(CallOffer offer, uint csbId)
        {
            if (offer.SrtpSessions != null)
                return HeaderPayload.WithSrtpMap(MikeyDataType.Sakke, false, offer.PrfFunc, csbId, offer.SrtpSessions);
            if (offer.GenericSessions != null)
                return HeaderPayload.WithGenericMap(MikeyDataType.Sakke, false, offer.PrfFunc, csbId, offer.GenericSessions);
            return HeaderPayload.WithEmptyMap(MikeyDataType.Sakke, false, offer.PrfFunc, csbId, 0);
        }

        private void AddIdentities(MikeyMessage m, CallOffer offer, byte[] responderId)
        {
            if (offer.IdScheme == IdentityScheme.Uid3gpp)
            {
                m.Add(new IdrPayload(IdrPayload.RoleInitiatorUid, IdPayload.Uri, _own.Identifier));
                m.Add(new IdrPayload(IdrPayload.RoleResponderUid, IdPayload.Uri, responderId));
            }
            else
            {
                m.Add(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, Utf8(_own.Uri)));
                m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, Utf8(offer.ResponderUri)));
            }
            if (offer.IncludeKmsIds)
            {
                m.Add(new IdrPayload(IdrPayload.RoleInitiatorKms, IdPayload.Uri, Utf8(_own.Kms.KmsUri)));
                m.Add(new IdrPayload(IdrPayload.RoleResponderKms, IdPayload.Uri, Utf8(offer.ResponderKms.KmsUri)));
            }
        }

        private SakkeSender SenderFor(KmsPublicKeys kms)
        {
            // Callees of one KMS share Z_T: keep the sender (and its fixed-base tables) while Z_T stays the same. Keyed by
            // Z_T itself, not the KMS URI: a KMS that re-keys keeps its URI, and a call encapsulated to the old Z_T
            // would be opened by the old master secret (and refused by the callee's new RSK).
            byte[] z = kms.SakkePublicKey;
            if (_sender == null || !ConstantTime.AreEqual(_senderKey, z))
            {
                _sender = new SakkeSender(z, _own.Precompute);
                _senderKey = (byte[])z.Clone();
            }
            return _sender;
        }

        private byte[] Random(int n)
        {
            byte[] b = new byte[n];
            _rng.Fill(b, 0, n);
            return b;
        }

        private uint RandomUInt32()
        {
            byte[] b = Random(4);
            uint v = MikeyNano.Bytes.BigEndian.ReadUInt32(b, 0);
            return v == 0 ? 1u : v;
        }

        private static byte[] Utf8(string s)
        {
            return MikeyNano.Bytes.Utf8.Encode(s);
        }
    }
}
