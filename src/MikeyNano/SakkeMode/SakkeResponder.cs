using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Sakke;
using MikeyNano.Srtp;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// The responder of MIKEY-SAKKE (RFC 6509; 3GPP TS 33.180): accepts an I_MESSAGE from any initiator whose KMS it
    /// trusts, whoever's stack produced it, and yields the SSV and the keyed crypto sessions. In order:
    /// parse (any payload order); HDR version 1 and data type 26; T within the clock-skew window; the initiator's
    /// identifier (UID of IDR role 8, or RFC 6509 date||URI from IDR role 1 and T) and KMS (IDR role 6, else ours),
    /// bound to every initiator identity the message names (an IDRi URI must yield the UID of IDR role 8 for the key
    /// period of T; an IDR role 8 under RFC 6509 must be date||IDRi; else Auth-failure); the responder named (IDR roles
    /// 2, 7, 9) is us; T lies in the key period of our keys (else Invalid-TS); the ECCSI signature verifies (over HDR..SIGN header; the legacy form without the
    /// SIGN header only when <see cref="AcceptLegacySignature"/> is set); the message is not a replay; SAKKE decapsulates with its
    /// [r]([b]P + Z_T) == R check. Any failure is a <see cref="MikeyException"/> with the RFC 3830 error code, and
    /// nothing is returned or recorded: no key ever comes from a message whose signature did not verify.
    /// URIs in IDR payloads stay octets: they are compared as octets and go into the RFC 6509 identifier as octets,
    /// never through a string (a nanoFramework string cannot hold U+0000, so "a" 00 would read as "a"). An IDRi must be
    /// a non-empty URI in strict UTF-8 without a zero octet, else Invalid-ID.
    /// </summary>
    public sealed class SakkeResponder
    {
        private const int ReplayIdLength = 16;

        private readonly UserKeyMaterial _own;
        private readonly KmsPublicKeys[] _trusted;
        private readonly byte[][] _trustedUris;
        private readonly byte[] _ownUri;
        private readonly EccsiVerifier[] _verifiers; // per trusted KMS; with its KPAK table once a call under it is accepted
        private readonly ReplayCache _replay;
        private SrtpMinimumPolicy _srtpMinimum = new SrtpMinimumPolicy();

        /// <param name="own">this radio's keys for the key period</param>
        /// <param name="trustedKms">the KMSs whose users may call us (our own is always trusted)</param>
        /// <param name="replay">the replay cache; its skew is the accepted clock difference</param>
        public SakkeResponder(UserKeyMaterial own, KmsPublicKeys[] trustedKms, ReplayCache replay)
        {
            _own = own;
            int n = trustedKms == null ? 0 : trustedKms.Length;
            _trusted = new KmsPublicKeys[n + 1];
            _trusted[0] = own.Kms;
            for (int i = 0; i < n; i++) _trusted[i + 1] = trustedKms[i];
            _trustedUris = new byte[_trusted.Length][];
            for (int i = 0; i < _trusted.Length; i++) _trustedUris[i] = Utf8.Encode(_trusted[i].KmsUri);
            _ownUri = Utf8.Encode(own.Uri);
            _verifiers = new EccsiVerifier[_trusted.Length];
            for (int i = 0; i < _trusted.Length; i++) _verifiers[i] = new EccsiVerifier(_trusted[i].Kpak, false);
            _replay = replay;
        }

        /// <summary>
        /// Whether a signature over the message without the 2-octet SIGN header, as some older peers sign (MIKEY spec
        /// digest section 1.4), is accepted when the standard form (RFC 6509 section 2: HDR .. SIGN header) does not
        /// verify. Off by default: then every message costs at most one ECCSI verification, a forged one included.
        /// On, a refused signature costs two, and an accepted legacy one is reported by
        /// <see cref="ReceivedCall.LegacySignature"/>.
        /// </summary>
        public bool AcceptLegacySignature { get; set; }

        /// <summary>The least SRTP protection a message may ask for (defaults: <see cref="SrtpMinimumPolicy"/>); below it
        /// Process refuses the message with Invalid-SP before anything is decapsulated. Give the same object to
        /// SrtpContextFactory.Create when it is not the default.</summary>
        public SrtpMinimumPolicy SrtpMinimum
        {
            get { return _srtpMinimum; }
            set
            {
                if (value == null) throw new System.ArgumentNullException("value");
                _srtpMinimum = value;
            }
        }

        /// <summary>Processes one I_MESSAGE received at NTP time <paramref name="ntpNow"/> (seconds since 1900 counted
        /// across NTP eras, as KeyPeriod.NtpSeconds gives them). Every refusal is a <see cref="MikeyException"/> whose
        /// ErrorCode is the RFC 3830 error to answer with: Unspecified for a malformed message (any encoding error, no
        /// RAND or SAKKE payload, SAKKE data not 273 octets, a SAKKE parameter set other than 1); InvalidDt, InvalidPrf
        /// for the HDR; InvalidTs for no T, a counter, a T outside the clock window, before the KMS's first key period
        /// or outside our keys' period, a replay; InvalidId for an unknown ID scheme, two IDR payloads of one role it binds, a missing or malformed initiator
        /// identity, an untrusted initiator KMS, a responder identity or KMS that is not ours; AuthFailure for a missing,
        /// non-ECCSI or invalid signature, an initiator identity the signature does not back, SAKKE data that does not
        /// decapsulate; InvalidSp, InvalidSpPar for a policy below <see cref="SrtpMinimum"/>, not SRTP, or whose keys
        /// cannot be derived (docs/security.md, "What Process throws").</summary>
        public ReceivedCall Process(byte[] message, ulong ntpNow)
        {
            MikeyMessage m = MikeyMessage.Parse(message);
            CheckHeader(m);
            TimestampPayload t = m.Timestamp;
            if (t == null) throw new MikeyException(MikeyErrorCode.InvalidTs, "I_MESSAGE has no T payload");
            if (t.TsType == TimestampPayload.Counter) throw new MikeyException(MikeyErrorCode.InvalidTs, "MIKEY-SAKKE needs an NTP timestamp, not a counter");
            ulong ts = t.SecondsNear(ntpNow); // T carries no NTP era: the one that puts it nearest our clock
            if (!_replay.IsInWindow((long)ts, (long)ntpNow))
                throw new MikeyException(MikeyErrorCode.InvalidTs, "timestamp " + ts + " is more than " + _replay.SkewSeconds
                    + " s from our clock " + ntpNow);
            if (m.Rand == null) throw MikeyException.Malformed("I_MESSAGE has no RAND payload");
            SakkePayload sakke = m.Sakke;
            if (sakke == null) throw MikeyException.Malformed("I_MESSAGE has no SAKKE payload");
            if (sakke.Params != SakkePayload.ParameterSet1)
                throw new MikeyException(MikeyErrorCode.Unspecified, "SAKKE parameter set " + sakke.Params + " is not supported (only 1)");
            SignaturePayload sign = m.Signature;
            if (sign == null) throw new MikeyException(MikeyErrorCode.AuthFailure, "I_MESSAGE is not signed");
            if (sign.SType != SignaturePayload.Eccsi)
                throw new MikeyException(MikeyErrorCode.AuthFailure, "SIGN type " + sign.SType + " is not ECCSI (2)");

            CheckOneIdrPerRole(m);
            int kms = InitiatorKms(m);
            byte[] initiatorUri = InitiatorUri(m);
            byte[] initiatorId = InitiatorIdentifier(m, sakke.IdScheme, initiatorUri, _trusted[kms], ts);
            CheckResponderIsUs(m);
            CheckOurKeysCover(ts);
            if (sakke.Data.Length != SakkeParameterSet1.EncapsulatedDataLength) // malformed: refused before any verification
                throw MikeyException.Malformed("SAKKE data of parameter set 1 is " + SakkeParameterSet1.EncapsulatedDataLength
                    + " octets (R and H), not " + sakke.Data.Length);
            bool legacy = Authenticate(_verifiers[kms], m, sign.Signature, initiatorId);

            byte[] replayId = ReplayId(m);
            ReplayVerdict verdict = _replay.Check(replayId, (long)ts, (long)ntpNow);
            if (verdict != ReplayVerdict.Fresh)
                throw new MikeyReplayException(verdict == ReplayVerdict.Replayed // Invalid-TS, answered with nothing
                    ? "replayed I_MESSAGE (RFC 3830 section 5.4)"
                    : "I_MESSAGE is older than the replay cache can vouch for");

            SessionKeys.Check(m); // so that no derivation can fail once the SSV exists
            SrtpMinimum.CheckMessage(m); // RFC 3830 6.10: what the initiator asks for, against our local minimum
            byte[] ssv;
            try
            {
                ssv = _own.ReceiverAt(ts).Decapsulate(sakke.Data);
            }
            catch (MikeyNanoException e)
            {
                throw new MikeyException(MikeyErrorCode.AuthFailure, "SAKKE data does not decapsulate: " + e.Message);
            }
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                sessions = SessionKeys.Derive(m, ssv);
                _replay.Record(replayId, (long)ts, (long)ntpNow);
                BuildTableOnceAuthenticated(kms);
                ReceivedCall call = new ReceivedCall(m, initiatorId, initiatorUri, ssv, sessions, legacy);
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

        // RFC 6509 section 2: the signature covers HDR .. SIGN header. The legacy form is a second verification, so it
        // is tried only when the policy accepts it. Returns whether the legacy form is the one that verified.
        private bool Authenticate(EccsiVerifier verifier, MikeyMessage m, byte[] signature, byte[] initiatorId)
        {
            if (Verifies(verifier, m.GetSignedData(), signature, initiatorId)) return false;
            if (AcceptLegacySignature && Verifies(verifier, m.GetSignedDataWithoutSignHeader(), signature, initiatorId)) return true;
            throw new MikeyException(MikeyErrorCode.AuthFailure, "ECCSI signature does not verify for the initiator's identifier"
                + (AcceptLegacySignature ? " (standard or legacy form)" : ""));
        }

        // With precomputation (and no native backend: EccsiVerifier), a KMS's KPAK table (57,344 octets) is built once a call signed under that KMS has been
        // accepted, never for a message that has not authenticated: a forger naming a trusted KMS gets a table-free
        // verification and costs no memory.
        private void BuildTableOnceAuthenticated(int kms)
        {
            if (_own.Precompute && !_verifiers[kms].Precompute)
                _verifiers[kms] = new EccsiVerifier(_trusted[kms].Kpak, true);
        }

        /// <summary>ECCSI verifications run so far (a measure for tests: a refused signature must cost one).</summary>
        internal int SignatureVerifications { get; private set; }

        /// <summary>Octets of KPAK tables the responder holds.</summary>
        internal int TableMemoryBytes
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _verifiers.Length; i++) if (_verifiers[i] != null) n += _verifiers[i].TableMemoryBytes;
                return n;
            }
        }

        private bool Verifies(EccsiVerifier v, byte[] data, byte[] signature, byte[] identifier)
        {
            SignatureVerifications++;
            if (signature.Length != MikeyNano.Eccsi.EccsiHashes.SignatureLength) return false;
            try
            {
                return v.IsValid(data, 0, data.Length, signature, 0, identifier);
            }
            catch (MikeyNanoException)
            {
                return false; // a PVT that is not a point of P-256: the signature cannot verify
            }
        }

        private static void CheckHeader(MikeyMessage m)
        {
            if (m.Header.DataType != MikeyDataType.Sakke)
                throw new MikeyException(MikeyErrorCode.InvalidDt, "data type " + m.Header.DataType + " is not SAKKE (26)");
            if (m.Header.PrfFunc != HeaderPayload.PrfMikey1 && m.Header.PrfFunc != HeaderPayload.PrfHmacSha256)
                throw new MikeyException(MikeyErrorCode.InvalidPrf, "PRF func " + m.Header.PrfFunc + " is not supported");
        }

        // The IDR roles the responder binds (RFC 6509 4.2, TS 33.180 E.6): IDRi, IDRr, IDRkmsi, IDRkmsr, the UIDs.
        private static readonly int[] BoundRoles = { 1, 2, 6, 7, 8, 9 };

        // One IDR payload per bound role: the checks read the first, so a second one (another caller's URI after the
        // signer's own, say) would be an identity nothing checked that an application could still read (RFC 3830
        // section 6.12, Invalid-ID).
        private static void CheckOneIdrPerRole(MikeyMessage m)
        {
            for (int i = 0; i < BoundRoles.Length; i++)
                if (m.CountIdr(BoundRoles[i]) > 1)
                    throw new MikeyException(MikeyErrorCode.InvalidId, "two IDR payloads of role " + BoundRoles[i]);
        }

        // The index in _trusted of the initiator's KMS: IDR role 6 when present (it must be trusted), else ours (index 0).
        private int InitiatorKms(MikeyMessage m)
        {
            IdrPayload kms = m.FindIdr(IdrPayload.RoleInitiatorKms);
            if (kms == null) return 0;
            for (int i = 0; i < _trusted.Length; i++)
                if (ConstantTime.AreEqual(kms.Data, _trustedUris[i])) return i;
            throw new MikeyException(MikeyErrorCode.InvalidId, "initiator's KMS " + Shown(kms.Data) + " is not trusted");
        }

        // The IDRi URI (RFC 6509 section 4.2, role 1) when the message has one: non-empty, strict UTF-8, no zero octet.
        private static byte[] InitiatorUri(MikeyMessage m)
        {
            IdrPayload idri = m.FindIdr(IdrPayload.RoleInitiator);
            if (idri == null) return null;
            if (idri.Data.Length == 0) throw new MikeyException(MikeyErrorCode.InvalidId, "IDRi: empty URI");
            try
            {
                Utf8.Decode(idri.Data); // refuses a zero octet, malformed UTF-8
            }
            catch (InvalidEncodingException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidId, "IDRi is not a URI: " + e.Message);
            }
            return idri.Data;
        }

        // The identifier the signature must verify under, bound to every initiator identity the message names
        // (issue 11 Medium 3). 3GPP scheme: the UID of IDR role 8; when an IDRi URI is there too, the UID must be that
        // URI's for the key period of T under the initiator's KMS (TS 33.180 F.2.1), else the URI is a claim the
        // signature does not back. RFC 6509 scheme: "YYYY-MM" of T || IDRi URI; an IDR role 8, if any, must hold it.
        // A mismatch is Auth-failure: the message is signed, but not by the identity it names.
        private static byte[] InitiatorIdentifier(MikeyMessage m, int scheme, byte[] initiatorUri, KmsPublicKeys kms, ulong ts)
        {
            IdrPayload uid = m.FindIdr(IdrPayload.RoleInitiatorUid);
            if (scheme == IdentityScheme.Uid3gpp)
            {
                if (uid == null) throw new MikeyException(MikeyErrorCode.InvalidId, "ID scheme 2 without an initiator UID (IDR role 8)");
                if (initiatorUri != null) CheckBound(uid.Data, IdentityScheme.UidOf(initiatorUri, kms, ts), initiatorUri);
                return uid.Data;
            }
            if (scheme == IdentityScheme.TelUriMonthly)
            {
                if (initiatorUri == null) throw new MikeyException(MikeyErrorCode.InvalidId, "ID scheme 1 without IDRi (IDR role 1)");
                byte[] id = IdentityScheme.TelUriIdentifier(initiatorUri, ts);
                if (uid != null) CheckBound(uid.Data, id, initiatorUri);
                return id;
            }
            throw new MikeyException(MikeyErrorCode.InvalidId, "SAKKE ID scheme " + scheme + " is not supported");
        }

        private static void CheckBound(byte[] carried, byte[] derived, byte[] initiatorUri)
        {
            if (!ConstantTime.AreEqual(carried, derived))
                throw new MikeyException(MikeyErrorCode.AuthFailure, "IDRi " + Shown(initiatorUri) + " is not the identity the message is"
                    + " signed under: its identifier for the key period of T is " + Hex.Encode(derived) + ", IDR role 8 holds " + Hex.Encode(carried));
        }

        // Every responder identity the message names must be ours: the identifier (IDR role 9), the URI (IDRr, role 2),
        // and the KMS our keys came from (IDRkmsr, role 7). Absent ones are not required.
        private void CheckResponderIsUs(MikeyMessage m)
        {
            IdrPayload uid = m.FindIdr(IdrPayload.RoleResponderUid);
            if (uid != null && !ConstantTime.AreEqual(uid.Data, _own.Identifier))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for identifier " + Hex.Encode(uid.Data) + ", not ours");
            IdrPayload idrr = m.FindIdr(IdrPayload.RoleResponder);
            if (idrr != null && !ConstantTime.AreEqual(idrr.Data, _ownUri))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for " + Shown(idrr.Data) + ", not '" + _own.Uri + "'");
            IdrPayload kmsr = m.FindIdr(IdrPayload.RoleResponderKms);
            if (kmsr != null && !ConstantTime.AreEqual(kmsr.Data, _trustedUris[0]))
                throw new MikeyException(MikeyErrorCode.InvalidId, "I_MESSAGE is for a user of KMS " + Shown(kmsr.Data)
                    + ", our keys are from '" + _own.Kms.KmsUri + "'");
        }

        // Our keys were issued for one key period: a message whose T lies outside it was encapsulated to (and names) an
        // identifier of another period, and nothing we hold may answer it.
        private void CheckOurKeysCover(ulong ts)
        {
            try
            {
                _own.CheckValidAt(ts);
            }
            catch (InvalidKeyException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidTs, "T is outside the key period of our keys: " + e.Message);
            }
        }

        // The replay identity is a digest of the signed part, not of the whole message: ECCSI signatures are
        // malleable ((r, s) and (r, q - s) both verify), so a replay with an altered signature is still caught.
        private static byte[] ReplayId(MikeyMessage m)
        {
            byte[] h = Sha256.Hash(m.GetSignedData());
            return Octets.Slice(h, 0, ReplayIdLength);
        }

        // A URI from the message, for an error text: quoted when it is strict UTF-8 without a zero octet, else hex.
        private static string Shown(byte[] uri)
        {
            try
            {
                return "'" + Utf8.Decode(uri) + "'";
            }
            catch (InvalidEncodingException)
            {
                return "0x" + Hex.Encode(uri);
            }
        }
    }
}
