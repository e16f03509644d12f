using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>SP payload (RFC 3830 section 6.10): Policy no(8) | Prot type(8) | Policy param length(16) |
    /// { Type(8) | Length(8) | Value }*. Prot type 0 = SRTP. Parameter types the codec does not know are carried as
    /// they are (their length is explicit); the endpoint decides what it supports.</summary>
    public sealed class SecurityPolicyPayload : MikeyPayload
    {
        public const int ProtSrtp = 0;

        private SecurityPolicyParam[] _params;

        public SecurityPolicyPayload(int policyNo, int protType, SecurityPolicyParam[] parameters)
        {
            PolicyNo = policyNo & 0xFF;
            ProtType = protType & 0xFF;
            _params = parameters == null ? new SecurityPolicyParam[0] : parameters;
            if (ParamsLength > 0xFFFF) throw MikeyException.Malformed("SP: parameters exceed 65535 octets");
        }

        public int PolicyNo { get; private set; }

        public int ProtType { get; private set; }

        public int ParamCount { get { return _params.Length; } }

        public SecurityPolicyParam GetParam(int index) { return _params[index]; }

        /// <summary>The first parameter of this type, or null.</summary>
        public SecurityPolicyParam FindParam(int type)
        {
            for (int i = 0; i < _params.Length; i++) if (_params[i].Type == type) return _params[i];
            return null;
        }

        /// <summary>The parameter's value as an integer, or <paramref name="defaultValue"/> when absent.</summary>
        public uint GetValue(int type, uint defaultValue)
        {
            SecurityPolicyParam p = FindParam(type);
            return p == null ? defaultValue : p.IntValue;
        }

        private int ParamsLength
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _params.Length; i++) n += 2 + MikeyWriter.LengthOf(_params[i].Value);
                return n;
            }
        }

        public override int PayloadType { get { return MikeyPayloadType.Sp; } }

        internal override int BodyLength { get { return 4 + ParamsLength; } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(PolicyNo);
            w.WriteByte(ProtType);
            w.WriteUInt16(ParamsLength);
            for (int i = 0; i < _params.Length; i++)
            {
                w.WriteByte(_params[i].Type);
                w.WriteLength8AndBytes(_params[i].Value, "SP parameter");
            }
        }

        internal static SecurityPolicyPayload Read(MikeyReader r)
        {
            int policyNo = r.ReadByte("SP: policy no");
            int prot = r.ReadByte("SP: prot type");
            int total = r.ReadUInt16("SP: parameter length");
            r.Require(total, "SP: parameters");
            // Count first (each parameter is at least 2 octets), then read: no growable list needed.
            byte[] raw = r.ReadBytes(total, "SP: parameters");
            int count = 0;
            int pos = 0;
            while (pos < total)
            {
                if (total - pos < 2) throw new MikeyException(MikeyErrorCode.InvalidSpPar, "SP: truncated parameter header");
                int len = raw[pos + 1];
                if (len > total - pos - 2) throw new MikeyException(MikeyErrorCode.InvalidSpPar, "SP: parameter " + (int)raw[pos] + " length " + len + " overruns the policy");
                pos += 2 + len;
                count++;
            }
            SecurityPolicyParam[] ps = new SecurityPolicyParam[count];
            pos = 0;
            for (int i = 0; i < count; i++)
            {
                int len = raw[pos + 1];
                byte[] v = new byte[len];
                System.Array.Copy(raw, pos + 2, v, 0, len);
                ps[i] = new SecurityPolicyParam(raw[pos], v);
                pos += 2 + len;
            }
            return new SecurityPolicyPayload(policyNo, prot, ps);
        }
    }
}
