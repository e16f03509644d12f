using System;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// A MIKEY message (RFC 3830 section 6): the common header and the ordered list of payloads that follow it.
    /// <see cref="Parse(byte[])"/> follows the next-payload chain from the HDR, accepts any order, checks every length
    /// against what remains and rejects trailing octets; it runs in time linear in the input (every step consumes at
    /// least two octets) and throws only <see cref="MikeyException"/>. <see cref="Encode"/> writes the next-payload
    /// fields from the list order, so parse-then-encode reproduces the input byte for byte.
    /// </summary>
    public sealed class MikeyMessage
    {
        private readonly MikeyPayloadList _payloads = new MikeyPayloadList();
        private byte[] _encoded;
        private int _signedLength;

        public MikeyMessage(HeaderPayload header)
        {
            if (header == null) throw new ArgumentNullException("header");
            Header = header;
        }

        public HeaderPayload Header { get; private set; }

        /// <summary>The payloads after the HDR, in order.</summary>
        internal MikeyPayloadList Payloads { get { return _payloads; } }

        public int PayloadCount { get { return _payloads.Count; } }

        public MikeyPayload GetPayload(int index) { return _payloads.Get(index); }

        public void Add(MikeyPayload payload) { _payloads.Add(payload); }

        /// <summary>The bytes this message was parsed from, or the result of the last <see cref="Encode"/>; null before either.</summary>
        public byte[] Encoded { get { return _encoded; } }

        /// <summary>Octets of <see cref="Encoded"/> that the SIGN payload covers: from the HDR through the 2-octet SIGN
        /// header (RFC 3830 section 6.5, RFC 6509); 0 when the message has no SIGN payload.</summary>
        internal int SignedDataLength { get { return _signedLength; } }

        /// <summary>The signed part of <see cref="Encoded"/>: HDR up to and including the SIGN header, without the signature.</summary>
        public byte[] GetSignedData()
        {
            RequireSigned();
            return MikeyNano.Bytes.Octets.Slice(_encoded, 0, _signedLength);
        }

        /// <summary>The signed part as some legacy peers computed it: without the 2-octet SIGN header (for a tolerant
        /// verifier's second attempt; see the spec digest section 1.4).</summary>
        internal byte[] GetSignedDataWithoutSignHeader()
        {
            RequireSigned();
            return MikeyNano.Bytes.Octets.Slice(_encoded, 0, _signedLength - 2);
        }

        private void RequireSigned()
        {
            if (_encoded == null) throw new InvalidOperationException("encode or parse the message first");
            if (_signedLength == 0) throw new MikeyException(MikeyErrorCode.AuthFailure, "message has no SIGN payload");
        }

        // ---- typed look-ups -------------------------------------------------------------------------------------

        /// <summary>The first payload of <paramref name="type"/>, or null.</summary>
        public MikeyPayload Find(int type)
        {
            int i = _payloads.IndexOf(type, 0);
            return i < 0 ? null : _payloads.Get(i);
        }

        /// <summary>How many payloads of <paramref name="type"/> the message has.</summary>
        public int CountOf(int type)
        {
            int n = 0;
            for (int i = _payloads.IndexOf(type, 0); i >= 0; i = _payloads.IndexOf(type, i + 1)) n++;
            return n;
        }

        public TimestampPayload Timestamp { get { return (TimestampPayload)Find(MikeyPayloadType.T); } }

        public RandPayload Rand { get { return (RandPayload)Find(MikeyPayloadType.Rand); } }

        public SakkePayload Sakke { get { return (SakkePayload)Find(MikeyPayloadType.Sakke); } }

        public KemacPayload Kemac { get { return (KemacPayload)Find(MikeyPayloadType.Kemac); } }

        public SignaturePayload Signature { get { return (SignaturePayload)Find(MikeyPayloadType.Sign); } }

        /// <summary>The first IDR payload with this role (<see cref="IdrPayload"/> role constants), or null.</summary>
        public IdrPayload FindIdr(int role)
        {
            for (int i = _payloads.IndexOf(MikeyPayloadType.Idr, 0); i >= 0; i = _payloads.IndexOf(MikeyPayloadType.Idr, i + 1))
            {
                IdrPayload p = (IdrPayload)_payloads.Get(i);
                if (p.Role == role) return p;
            }
            return null;
        }

        /// <summary>How many IDR payloads of this role the message carries.</summary>
        internal int CountIdr(int role)
        {
            int n = 0;
            for (int i = _payloads.IndexOf(MikeyPayloadType.Idr, 0); i >= 0; i = _payloads.IndexOf(MikeyPayloadType.Idr, i + 1))
                if (((IdrPayload)_payloads.Get(i)).Role == role) n++;
            return n;
        }

        /// <summary>The SP payload with this policy number, or null.</summary>
        public SecurityPolicyPayload FindPolicy(int policyNo)
        {
            for (int i = _payloads.IndexOf(MikeyPayloadType.Sp, 0); i >= 0; i = _payloads.IndexOf(MikeyPayloadType.Sp, i + 1))
            {
                SecurityPolicyPayload p = (SecurityPolicyPayload)_payloads.Get(i);
                if (p.PolicyNo == policyNo) return p;
            }
            return null;
        }

        /// <summary>The first General Extension payload of this extension type, or null.</summary>
        public GeneralExtensionPayload FindGeneralExtension(int extensionType)
        {
            for (int i = _payloads.IndexOf(MikeyPayloadType.GeneralExtension, 0); i >= 0; i = _payloads.IndexOf(MikeyPayloadType.GeneralExtension, i + 1))
            {
                GeneralExtensionPayload p = (GeneralExtensionPayload)_payloads.Get(i);
                if (p.ExtensionType == extensionType) return p;
            }
            return null;
        }

        // ---- codec ------------------------------------------------------------------------------------------------

        public static MikeyMessage Parse(byte[] data)
        {
            if (data == null) throw MikeyException.Malformed("no message data");
            return Parse(data, 0, data.Length);
        }

        /// <summary>Parses one whole message occupying exactly <paramref name="count"/> octets.</summary>
        public static MikeyMessage Parse(byte[] data, int offset, int count)
        {
            MikeyReader r = new MikeyReader(data, offset, count);
            int next;
            MikeyMessage m = new MikeyMessage(HeaderPayload.Read(r, out next));
            int signed = 0;
            while (next != MikeyPayloadType.Last)
            {
                int type = next;
                if (type == MikeyPayloadType.Sign)
                {
                    // SIGN has no next-payload field and ends the message (RFC 3830 section 6.5).
                    int start = r.Position;
                    m.Add(SignaturePayload.Read(r));
                    signed = start + 2;
                    break;
                }
                next = r.ReadByte("next payload");
                m.Add(ReadBody(type, r));
            }
            if (r.Remaining != 0) throw MikeyException.Malformed(r.Remaining + " octets after the last payload");
            m._encoded = MikeyNano.Bytes.Octets.Slice(data, offset, count);
            m._signedLength = signed;
            return m;
        }

        private static MikeyPayload ReadBody(int type, MikeyReader r)
        {
            switch (type)
            {
                case MikeyPayloadType.Kemac: return KemacPayload.Read(r);
                case MikeyPayloadType.Pke: return PkePayload.Read(r);
                case MikeyPayloadType.Dh: return DhPayload.Read(r);
                case MikeyPayloadType.T: return TimestampPayload.Read(r);
                case MikeyPayloadType.Id: return IdPayload.Read(r);
                case MikeyPayloadType.Cert: return CertPayload.Read(r);
                case MikeyPayloadType.Chash: return ChashPayload.Read(r);
                case MikeyPayloadType.V: return VerificationPayload.Read(r);
                case MikeyPayloadType.Sp: return SecurityPolicyPayload.Read(r);
                case MikeyPayloadType.Rand: return RandPayload.Read(r);
                case MikeyPayloadType.Err: return ErrorPayload.Read(r);
                case MikeyPayloadType.Idr: return IdrPayload.Read(r);
                case MikeyPayloadType.GeneralExtension: return GeneralExtensionPayload.Read(r);
                case MikeyPayloadType.Sakke: return SakkePayload.Read(r);
                default:
                    throw MikeyException.Malformed("unknown or misplaced payload type " + type + " at offset " + (r.Position - 1));
            }
        }

        /// <summary>Serializes the header and payloads; the result is also kept in <see cref="Encoded"/> and
        /// <see cref="SignedDataLength"/> is updated. SIGN, if present, must be the last payload.</summary>
        public byte[] Encode()
        {
            int n = _payloads.Count;
            int total = Header.EncodedLength;
            for (int i = 0; i < n; i++)
            {
                MikeyPayload p = _payloads.Get(i);
                if (!p.HasNextPayloadField && i != n - 1) throw MikeyException.Malformed("SIGN must be the last payload");
                total += p.EncodedLength;
            }
            MikeyWriter w = new MikeyWriter(total);
            Header.Write(w, n == 0 ? MikeyPayloadType.Last : _payloads.Get(0).PayloadType);
            int signed = 0;
            for (int i = 0; i < n; i++)
            {
                MikeyPayload p = _payloads.Get(i);
                if (p.HasNextPayloadField) w.WriteByte(i + 1 < n ? _payloads.Get(i + 1).PayloadType : MikeyPayloadType.Last);
                else signed = w.Position + 2;
                p.WriteBody(w);
            }
            if (w.Position != total) throw new InvalidOperationException("MIKEY encoder length mismatch");
            _encoded = w.Buffer;
            _signedLength = signed;
            return _encoded;
        }
    }
}
