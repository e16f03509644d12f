using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// One MIKEY endpoint API over every mode, so an application picks the mode by configuration and handles every call
    /// the same way: <see cref="Offer"/> (initiator: I_MESSAGE out), <see cref="Answer"/> (responder: I_MESSAGE in,
    /// optional R_MESSAGE out in <see cref="MikeyCall.RMessage"/>), <see cref="Confirm"/> (initiator: R_MESSAGE in).
    /// Every refusal is a <see cref="MikeyException"/> whose ErrorCode is the RFC 3830 section 6.12 error;
    /// <see cref="ErrorReply"/> turns a responder's refusal into the error message to send back (RFC 3830 section
    /// 5.1.2, data type 6), or null where none is sent. All modes share the replay cache and its clock window (the
    /// skew) and the local minimum SRTP policy. MIKEY-NULL (<see cref="NullEndpoint"/>), MIKEY-PSK
    /// (<see cref="PskEndpoint"/>), MIKEY-ECIES (<see cref="EciesEndpoint"/>) and DH-SIGN (<see cref="DhSignEndpoint"/>)
    /// are endpoints now, and so are MIKEY-SAKKE (<see cref="SakkeEndpoint"/>) and MIKEY-ECMQV; further modes
    /// join as further subclasses without changing this surface.
    /// </summary>
    public abstract class MikeyEndpoint
    {
        internal const int RandLength = 16;
        private const int ReplayIdLength = 16;

        private readonly IRandomSource _rng;
        private readonly ReplayCache _replay;
        private SrtpMinimumPolicy _srtpMinimum = new SrtpMinimumPolicy();

        internal MikeyEndpoint(IRandomSource rng, ReplayCache replay)
        {
            if (rng == null) throw new System.ArgumentNullException("rng");
            if (replay == null) throw new System.ArgumentNullException("replay");
            _rng = rng;
            _replay = replay;
        }

        /// <summary>This endpoint's <see cref="MikeyMode"/>.</summary>
        public abstract int Mode { get; }

        /// <summary>The replay cache; its skew is the accepted clock difference (profile section 3.10).</summary>
        public ReplayCache Replay { get { return _replay; } }

        /// <summary>The least SRTP protection a call may ask for; below it Offer and Answer refuse with Invalid-SP. Give
        /// the same object to SrtpContextFactory.Create when it is not the default.</summary>
        public SrtpMinimumPolicy SrtpMinimum
        {
            get { return _srtpMinimum; }
            set
            {
                if (value == null) throw new System.ArgumentNullException("value");
                _srtpMinimum = value;
            }
        }

        /// <summary>Builds the I_MESSAGE for <paramref name="request"/> at NTP time <paramref name="ntpNow"/> (seconds
        /// since 1900 counted across eras). The call is keyed at once unless a verification message was asked for.</summary>
        public abstract MikeyCall Offer(CallRequest request, ulong ntpNow);

        /// <summary>Processes a received I_MESSAGE; the call is keyed, and its RMessage is the R_MESSAGE to send (or
        /// null). Refusals: MikeyException (MikeyReplayException for a replay); nothing is derived or recorded.</summary>
        public abstract MikeyCall Answer(byte[] iMessage, ulong ntpNow);

        /// <summary>Verifies the R_MESSAGE of a call this endpoint offered and keys it. A refused R_MESSAGE
        /// (MikeyException; an RFC 3830 error message from the responder is one, with the responder's error number:
        /// it is not authenticated, so the call stays as it was and a genuine R_MESSAGE may still confirm it).</summary>
        public virtual void Confirm(MikeyCall call, byte[] rMessage, ulong ntpNow)
        {
            throw new MikeyException(MikeyErrorCode.InvalidDt, "MIKEY-" + MikeyMode.Name(Mode) + " has no R_MESSAGE");
        }

        /// <summary>The RFC 3830 error message (data type 6) that answers <paramref name="iMessage"/> refused with
        /// <paramref name="refusal"/>: HDR with PRF func, CSB ID and map copied and V = 0, T (now), ERR (profile section
        /// 3.11). Null where none is sent: a replay (discarded silently), or a message whose HDR does not parse (there
        /// is no CSB ID to answer to).</summary>
        public byte[] ErrorReply(byte[] iMessage, MikeyException refusal, ulong ntpNow)
        {
            if (refusal == null) throw new System.ArgumentNullException("refusal");
            if (refusal is MikeyReplayException) return null;
            HeaderPayload h = ErrorMessage.HeaderOf(iMessage);
            if (h == null) return null;
            return ErrorMessage.Encode(h, (int)refusal.ErrorCode, ntpNow);
        }

        // ---- checks every mode's Answer and Confirm share ---------------------------------------------------------

        /// <summary>T's seconds (era restored from our clock), or Invalid-TS for a counter or a T outside the window.</summary>
        internal ulong CheckTimestamp(MikeyMessage m, ulong ntpNow)
        {
            TimestampPayload t = m.Timestamp;
            if (t == null) throw MikeyException.Malformed("no T payload");
            if (t.TsType == TimestampPayload.Counter) throw new MikeyException(MikeyErrorCode.InvalidTs, "T is a counter, not NTP (profile 3.2)");
            ulong ts = t.SecondsNear(ntpNow);
            if (!_replay.IsInWindow((long)ts, (long)ntpNow))
                throw new MikeyException(MikeyErrorCode.InvalidTs, "timestamp " + ts + " is more than " + _replay.SkewSeconds
                    + " s from our clock " + ntpNow);
            return ts;
        }

        /// <summary>The replay identity of an I_MESSAGE whose whole octets are authenticated (or, in NULL, all there
        /// is): a digest of all of it. MikeyReplayException when the cache has it, or cannot vouch for its T.</summary>
        internal byte[] CheckNotReplayed(MikeyMessage m, ulong ts, ulong ntpNow)
        {
            return CheckNotReplayed(m.Encoded, ts, ntpNow);
        }

        /// <summary>As above for the authenticated octets of an I_MESSAGE: a SIGN-ended one passes its signed data, so
        /// that a re-encoded signature (s replaced by n - s) is still a replay (profile 3.10).</summary>
        internal byte[] CheckNotReplayed(byte[] authenticated, ulong ts, ulong ntpNow)
        {
            byte[] id = Octets.Slice(Sha256.Hash(authenticated), 0, ReplayIdLength);
            ReplayVerdict verdict = _replay.Check(id, (long)ts, (long)ntpNow);
            if (verdict != ReplayVerdict.Fresh)
                throw new MikeyReplayException(verdict == ReplayVerdict.Replayed
                    ? "replayed I_MESSAGE (RFC 3830 section 5.4)"
                    : "I_MESSAGE is older than the replay cache can vouch for");
            return id;
        }

        internal void RecordAccepted(byte[] replayId, ulong ts, ulong ntpNow)
        {
            _replay.Record(replayId, (long)ts, (long)ntpNow);
        }

        /// <summary>The random source (for ephemeral keys drawn by a mode).</summary>
        internal IRandomSource RandomSource { get { return _rng; } }

        internal byte[] Random(int n)
        {
            byte[] b = new byte[n];
            _rng.Fill(b, 0, n);
            return b;
        }

        /// <summary>The request's CSB ID, else a random non-zero one.</summary>
        internal uint CsbIdFor(CallRequest request)
        {
            if (request.CsbId != 0) return request.CsbId;
            uint v = BigEndian.ReadUInt32(Random(4), 0);
            return v == 0 ? 1u : v;
        }

        /// <summary>Parses a received message that must have <paramref name="dataType"/> (else Invalid-DT) and
        /// <paramref name="shape"/> (else Unspecified).</summary>
        internal static MikeyMessage ParseAs(byte[] message, int dataType, PayloadShape shape)
        {
            MikeyMessage m = MikeyMessage.Parse(message);
            if (m.Header.DataType != dataType)
                throw new MikeyException(MikeyErrorCode.InvalidDt, "data type " + m.Header.DataType + " is not " + MikeyDataType.Name(dataType) + " (" + dataType + ")");
            shape.Check(m);
            return m;
        }

        /// <summary>The I_MESSAGE's KEMAC, if its Encr alg is <paramref name="encrAlg"/> (else Invalid-EA).</summary>
        internal KemacPayload KemacEncryptedWith(MikeyMessage m, int encrAlg)
        {
            KemacPayload kemac = m.Kemac;
            if (kemac.EncrAlg != encrAlg)
                throw new MikeyException(MikeyErrorCode.InvalidEa, "KEMAC Encr alg " + kemac.EncrAlg + ": MIKEY-" + MikeyMode.Name(Mode) + " reads only " + encrAlg);
            return kemac;
        }

        internal static void CheckRequest(CallRequest request)
        {
            if (request == null) throw new System.ArgumentNullException("request");
            if (request.Sessions == null || request.Sessions.Length == 0 || request.Sessions.Length > 0xFF)
                throw new MikeyException(MikeyErrorCode.Unspecified, "call request: 1 to 255 crypto sessions");
        }
    }
}
