using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// MIKEY DH-SIGN over P-256 (profile section 6; RFC 3830 section 3.3 with EC points and ECDSA), both roles.
    /// I_MESSAGE = HDR(data type 4, V = 1), T, RAND, IDRi, [CERTi], IDRr, {SP}, DHi, SIGNi; R_MESSAGE = HDR(data type
    /// 5), T, IDRr, [CERTr], IDRi, DHr, DHi (copied), SIGNr. DH payloads carry P-256 ephemeral points under the
    /// profile's group <see cref="EccProfile.DhGroupP256Ecdh"/>; each SIGN is an ECDSA P-256 signature by the
    /// sender's static key. TGK = x([e_i]E_r) = x([e_r]E_i), 32 octets (profile 3.9); SRTP keys from it with the I_MESSAGE's RAND
    /// and CSB ID (RFC 3830 section 4.1.3). The initiator is keyed only by <see cref="Confirm"/>.
    /// Order of checks (profile 3.10): parse and shape (Unspecified; an unknown DH group Invalid-DH), data type
    /// (Invalid-DT), KV 0 (Unspecified), identities (Invalid-ID), T window
    /// (Invalid-TS), the peer's static key (Invalid-ID, Invalid-CERT), replay (responder), SIGN (Auth-failure), the
    /// DH group and the ephemeral point (Invalid-DH), policies (Invalid-SP, Invalid-SP-param).
    /// </summary>
    public sealed class DhSignEndpoint : MikeyEndpoint
    {
        private readonly EccCredentials _credentials;

        public DhSignEndpoint(EccCredentials credentials, IRandomSource rng, ReplayCache replay) : base(rng, replay)
        {
            if (credentials == null) throw new System.ArgumentNullException("credentials");
            _credentials = credentials;
        }

        public override int Mode { get { return MikeyMode.DhSign; } }

        public EccCredentials Credentials { get { return _credentials; } }

        /// <summary>I_MESSAGE = HDR, T, RAND, IDRi, [CERTi], IDRr, {SP}, DHi, SIGNi (profile 6.1).</summary>
        private static PayloadShape InitShape()
        {
            return new PayloadShape("DH-SIGN I_MESSAGE",
                new int[] { MikeyPayloadType.T, MikeyPayloadType.Rand, PayloadShape.IdrI, MikeyPayloadType.Cert, PayloadShape.IdrR,
                    MikeyPayloadType.Sp, MikeyPayloadType.Dh, MikeyPayloadType.Sign },
                new int[] { 1, 1, 1, 0, 1, 0, 1, 1 }, new int[] { 1, 1, 1, 1, 1, PayloadShape.Many, 1, 1 });
        }

        /// <summary>R_MESSAGE = HDR, T, IDRr, [CERTr], IDRi, DHr, DHi, SIGNr (profile 6.2).</summary>
        private static PayloadShape ResponseShape()
        {
            return new PayloadShape("DH-SIGN R_MESSAGE",
                new int[] { MikeyPayloadType.T, PayloadShape.IdrR, MikeyPayloadType.Cert, PayloadShape.IdrI, MikeyPayloadType.Dh, MikeyPayloadType.Sign },
                new int[] { 1, 1, 0, 1, 2, 1 }, new int[] { 1, 1, 1, 1, 2, 1 });
        }

        /// <summary>The responder is <see cref="CallRequest.ResponderUri"/>; V is always set (the R_MESSAGE carries the
        /// responder's half of the key), and the call awaits <see cref="Confirm"/>.</summary>
        public override MikeyCall Offer(CallRequest request, ulong ntpNow)
        {
            CheckRequest(request);
            if (request.ResponderUri == null) throw new MikeyException(MikeyErrorCode.InvalidId, "call request: DH-SIGN needs the responder's URI");
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.DhInit, true, request.PrfFunc,
                CsbIdFor(request), request.Sessions));
            m.Add(TimestampPayload.NtpUtcAt(ntpNow));
            m.Add(new RandPayload(Random(RandLength)));
            _credentials.AddIdentity(m, IdrPayload.RoleInitiator);
            m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, Utf8.Encode(request.ResponderUri)));
            if (request.Policies != null)
                for (int i = 0; i < request.Policies.Length; i++) m.Add(request.Policies[i]);
            CallPolicies.Resolve(m, SrtpMinimum); // refuse a policy before any key is drawn
            P256KeyPair e = P256KeyPair.Generate(RandomSource);
            m.Add(EphemeralPayload(e));
            m.Add(EccCredentials.UnsignedSign());
            _credentials.Sign(m);
            MikeyCall call = new MikeyCall(Mode, true, m, null);
            call.AwaitsConfirmation = true;
            call.PendingEphemeralKey = e.PrivateKey;
            e.Wipe();
            return call;
        }

        public override MikeyCall Answer(byte[] iMessage, ulong ntpNow)
        {
            MikeyMessage m = ParseAs(iMessage, MikeyDataType.DhInit, InitShape());
            DhPayload dhi = DhAt(m, 0);
            if (m.Rand.Rand.Length < RandLength) throw MikeyException.Malformed("RAND of " + m.Rand.Rand.Length + " octets (at least 16, RFC 3830 section 6.11)");
            _credentials.CheckNamesUs(m, IdrPayload.RoleResponder);
            ulong ts = CheckTimestamp(m, ntpNow);
            P256Point initiatorKey = _credentials.PeerKey(m, IdrPayload.RoleInitiator, ts);
            byte[] replayId = CheckNotReplayed(m.GetSignedData(), ts, ntpNow);
            EccCredentials.Verify(m, initiatorKey);
            P256Point ei = PointOf(dhi);
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(m, SrtpMinimum);

            P256KeyPair er = P256KeyPair.Generate(RandomSource);
            byte[] d = er.PrivateKey, tgk = null;
            CryptoSession[] sessions = null;
            bool delivered = false;
            try
            {
                tgk = EcdhP256.SharedSecret(d, ei);
                sessions = CallKeys.FromTgk(m, tgk, policies);
                MikeyCall call = new MikeyCall(Mode, false, m, sessions);
                call.RMessage = Response(m, dhi, er, ntpNow);
                RecordAccepted(replayId, ts, ntpNow);
                delivered = true;
                return call;
            }
            finally
            {
                er.Wipe();
                Secrets.Wipe(d);
                Secrets.Wipe(tgk);
                if (!delivered) SessionKeys.Wipe(sessions);
            }
        }

        public override void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            if (call == null || !call.IsInitiator || !call.AwaitsConfirmation || call.Mode != Mode || call.PendingEphemeralKey == null)
                throw new System.InvalidOperationException("only a DH-SIGN call this endpoint offered awaits an R_MESSAGE");
            MikeyMessage error = ErrorMessage.ParseIfError(rMessage);
            if (error != null) throw ErrorMessage.Refusal(error);
            MikeyMessage r = ParseAs(rMessage, MikeyDataType.DhResponse, ResponseShape());
            DhPayload dhr = DhAt(r, 0);
            MikeyMessage i = call.Message;
            ResponseHeader.CheckCopied(i, rMessage);
            CheckCopied(i, r);
            CheckTimestamp(r, ntpNow);
            P256Point responderKey = _credentials.PeerKey(r, IdrPayload.RoleResponder, r.Timestamp.SecondsNear(ntpNow));
            EccCredentials.Verify(r, responderKey);
            P256Point er = PointOf(dhr);
            SecurityPolicyPayload[] policies = CallPolicies.Resolve(i, SrtpMinimum);
            byte[] tgk = EcdhP256.SharedSecret(call.PendingEphemeralKey, er);
            try
            {
                call.Confirmed(CallKeys.FromTgk(i, tgk, policies), rMessage);
                Secrets.Wipe(call.PendingEphemeralKey);
                call.PendingEphemeralKey = null;
            }
            finally
            {
                Secrets.Wipe(tgk);
            }
        }

        // R_MESSAGE = HDR(data type 5, V = 0, rest copied), T(now), IDRr, [CERTr], IDRi (copied), DHr, DHi (copied), SIGNr.
        private byte[] Response(MikeyMessage i, DhPayload dhi, P256KeyPair er, ulong ntpNow)
        {
            MikeyMessage r = new MikeyMessage(ErrorMessage.CopyOf(i.Header, MikeyDataType.DhResponse));
            r.Add(TimestampPayload.NtpUtcAt(ntpNow));
            _credentials.AddIdentity(r, IdrPayload.RoleResponder);
            r.Add(i.FindIdr(IdrPayload.RoleInitiator));
            r.Add(EphemeralPayload(er));
            r.Add(dhi);
            r.Add(EccCredentials.UnsignedSign());
            return _credentials.Sign(r);
        }

        private static DhPayload EphemeralPayload(P256KeyPair e)
        {
            return new DhPayload(EccProfile.DhGroupP256Ecdh, e.PublicKey.EncodeUncompressed(), 0, 0, null, null);
        }

        // The k-th DH payload (the shape checked it is there), with Reserv/KV 0, else Unspecified (profile 3.8).
        private static DhPayload DhAt(MikeyMessage m, int k)
        {
            DhPayload dh = null;
            for (int i = 0, seen = 0; i < m.PayloadCount && dh == null; i++)
                if (m.GetPayload(i) is DhPayload && seen++ == k) dh = (DhPayload)m.GetPayload(i);
            if (dh.Kv != 0 || dh.Reserved != 0) throw MikeyException.Malformed("DH: Reserv/KV must be 0 (profile 3.8)");
            return dh;
        }

        // The ephemeral point of a signed DH payload: DH-SIGN's group and a valid uncompressed point, else Invalid-DH
        // (profile 3.8, 3.9; checked after the signature, profile 3.10).
        private static P256Point PointOf(DhPayload dh)
        {
            if (dh.Group != EccProfile.DhGroupP256Ecdh)
                throw new MikeyException(MikeyErrorCode.InvalidDh, "DH group " + dh.Group + " is not DH-SIGN's P-256 group " + EccProfile.DhGroupP256Ecdh);
            return EciesP256.DecodeUncompressed(dh.Value, 0);
        }

        // IDRr names the responder we called, IDRi is ours (Invalid-ID), and DHi is ours octet for octet (profile 6.2).
        private static void CheckCopied(MikeyMessage i, MikeyMessage r)
        {
            if (!SameIdr(i, r, IdrPayload.RoleResponder) || !SameIdr(i, r, IdrPayload.RoleInitiator))
                throw new MikeyException(MikeyErrorCode.InvalidId, "R_MESSAGE IDRr or IDRi is not the I_MESSAGE's");
            DhPayload sent = (DhPayload)i.Find(MikeyPayloadType.Dh), back = DhAt(r, 1);
            if (back.Group != sent.Group || !ConstantTime.AreEqual(sent.Value, back.Value)) throw MikeyException.Malformed("R_MESSAGE DHi is not the I_MESSAGE's DHi");
        }

        private static bool SameIdr(MikeyMessage i, MikeyMessage r, int role)
        {
            IdrPayload a = i.FindIdr(role), b = r.FindIdr(role);
            return a.IdType == b.IdType && ConstantTime.AreEqual(a.Data, b.Data);
        }
    }
}
