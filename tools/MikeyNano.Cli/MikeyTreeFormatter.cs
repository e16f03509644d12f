using System;
using System.Linq;
using System.Text;
using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Cli
{
    /// <summary>A readable tree of a parsed MIKEY message: one block per payload with its offset and fields.</summary>
    public static class MikeyTreeFormatter
    {
        private const string Indent = "      ";

        public static string Format(MikeyMessage m)
        {
            var sb = new StringBuilder();
            byte[] raw = m.Encoded ?? m.Encode();
            sb.AppendLine($"MIKEY message, {raw.Length} octets, {m.PayloadCount + 1} payloads");
            FormatHeader(sb, m.Header);
            int offset = m.Header.EncodedLength;
            for (int i = 0; i < m.PayloadCount; i++)
            {
                MikeyPayload p = m.GetPayload(i);
                string next = p.HasNextPayloadField
                    ? " next=" + (i + 1 < m.PayloadCount ? MikeyPayloadType.Name(m.GetPayload(i + 1).PayloadType) : "Last")
                    : "";
                sb.AppendLine($"{MikeyPayloadType.Name(p.PayloadType)} @{offset} ({p.EncodedLength} octets){next}");
                FormatPayload(sb, p);
                offset += p.EncodedLength;
            }
            if (m.SignedDataLength > 0)
                sb.AppendLine($"signed data: octets 0..{m.SignedDataLength - 1} (HDR through the SIGN header, {m.SignedDataLength} octets)");
            string mode = ModeLine(m);
            if (mode != null) sb.AppendLine("mode: " + mode);
            return sb.ToString();
        }

        /// <summary>What the message is in MikeyNano's modes (RFC 3830 section 3.1, profile sections 7 and 8), or null.</summary>
        private static string ModeLine(MikeyMessage m)
        {
            int macLength = m.Kemac == null ? 0 : m.Kemac.Mac.Length;
            switch (m.Header.DataType)
            {
                case MikeyDataType.PreShared when m.Kemac != null && m.Kemac.EncrAlg == KemacPayload.EncrNull && m.Kemac.MacAlg == KemacPayload.MacNull:
                    return "MIKEY-NULL I_MESSAGE (KEMAC neither encrypted nor MACed: the keys above are in the clear)";
                case MikeyDataType.PreShared when m.Kemac != null:
                    return $"MIKEY-PSK I_MESSAGE (KEMAC encr alg {m.Kemac.EncrAlg}, MAC alg {m.Kemac.MacAlg}: octets 0..{m.Encoded.Length - macLength - 1} are MACed; "
                           + $"{(m.Header.VerificationRequested ? "a verification R_MESSAGE is asked for" : "no R_MESSAGE")})";
                case MikeyDataType.PskVerification:
                    return "MIKEY-PSK verification R_MESSAGE (V covers it and the I_MESSAGE's T)";
                case MikeyDataType.Error:
                    return "RFC 3830 error message (not authenticated)";
                case MikeyDataType.Sakke:
                    return "MIKEY-SAKKE I_MESSAGE";
                case EccProfile.EcmqvInit:
                    return $"MIKEY-ECMQV I_MESSAGE (profile section 5; data type {EccProfile.EcmqvInit} and DH group {EccProfile.DhGroupP256Ecmqv} are NON-STANDARD: no RFC or IANA assignment)";
                case EccProfile.EcmqvResponse:
                    return $"MIKEY-ECMQV R_MESSAGE (profile section 5; data type {EccProfile.EcmqvResponse} is NON-STANDARD; V covers it and the whole I_MESSAGE)";
                case EccProfile.EciesInit:
                    return $"MIKEY-ECIES I_MESSAGE (profile section 4; data type {EccProfile.EciesInit} and SIGN S type {EccProfile.SignEcdsaP256} are NON-STANDARD: no RFC or IANA assignment; "
                           + $"{(m.Header.VerificationRequested ? "a verification R_MESSAGE is asked for" : "no R_MESSAGE")})";
                case EccProfile.EciesResponse:
                    return $"MIKEY-ECIES R_MESSAGE (profile section 4.2; data type {EccProfile.EciesResponse} is NON-STANDARD; V covers it and the I_MESSAGE's T)";
                case MikeyDataType.DhInit when DhGroupOf(m) == EccProfile.DhGroupP256Ecdh:
                case MikeyDataType.DhResponse when DhGroupOf(m) == EccProfile.DhGroupP256Ecdh:
                    return $"DH-SIGN over P-256 {(m.Header.DataType == MikeyDataType.DhInit ? "I_MESSAGE" : "R_MESSAGE")} (profile section 6; DH group {EccProfile.DhGroupP256Ecdh} and "
                           + $"SIGN S type {EccProfile.SignEcdsaP256} are NON-STANDARD: no RFC or IANA assignment)";
                default:
                    return null;
            }
        }

        private static int DhGroupOf(MikeyMessage m) => m.Find(MikeyPayloadType.Dh) is DhPayload dh ? dh.Group : -1;

        private static void FormatHeader(StringBuilder sb, HeaderPayload h)
        {
            sb.AppendLine($"HDR @0 ({h.EncodedLength} octets)");
            sb.AppendLine($"{Indent}version={h.Version} data type={h.DataType} ({MikeyDataType.Name(h.DataType)}) V={(h.VerificationRequested ? 1 : 0)} "
                          + $"PRF func={h.PrfFunc} ({(h.PrfFunc == 0 ? "MIKEY-1" : "PRF-HMAC-SHA-256")})");
            sb.AppendLine($"{Indent}CSB ID=0x{h.CsbId:x8} ({Ts33180Profile.PurposeName(Ts33180Profile.PurposeOf(h.CsbId))} purpose tag) "
                          + $"#CS={h.CsCount} CS ID map type={h.MapType} ({MapName(h.MapType)})");
            if (h.SrtpEntries != null)
                for (int i = 0; i < h.SrtpEntries.Length; i++)
                {
                    SrtpCsEntry e = h.SrtpEntries[i];
                    sb.AppendLine($"{Indent}CS {i + 1}: policy={e.PolicyNo} SSRC=0x{e.Ssrc:x8} ROC={e.Roc}");
                }
            if (h.GenericEntries != null)
                foreach (GenericCsEntry e in h.GenericEntries)
                {
                    string ids = string.Join(" ", e.KeyIds.Select(k => $"0x{k:x8} ({Ts33180Profile.PurposeName(Ts33180Profile.PurposeOf(k))})"));
                    sb.AppendLine($"{Indent}CS {e.CsId}: prot={e.ProtType} S={(e.SFlag ? 1 : 0)} policies=[{string.Join(",", e.Policies)}] "
                                  + $"session data={Hex.Encode(e.SessionData)} SPI={Hex.Encode(e.Spi)}");
                    if (e.KeyIds.Length > 0) sb.AppendLine($"{Indent}  key IDs: {ids}");
                }
        }

        private static string MapName(int t)
        {
            return t switch { 0 => "SRTP-ID", 1 => "empty", 2 => "GENERIC-ID", _ => "?" };
        }

        private static void FormatPayload(StringBuilder sb, MikeyPayload p)
        {
            switch (p)
            {
                case TimestampPayload t:
                    // T carries seconds within an NTP era: shown in the era that puts it nearest this machine's clock
                    ulong seconds = t.SecondsNear(MikeyNano.Identity.KeyPeriod.NtpSeconds(DateTime.UtcNow));
                    string when = t.TsType == TimestampPayload.Counter ? "" :
                        " = " + new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds).ToString("yyyy-MM-dd HH:mm:ss") + " UTC";
                    sb.AppendLine($"{Indent}TS type={t.TsType} ({(t.TsType == 0 ? "NTP-UTC" : t.TsType == 1 ? "NTP" : "COUNTER")}) value=0x{t.Value:x16}{when}");
                    break;
                case RandPayload r:
                    sb.AppendLine($"{Indent}RAND ({r.Rand.Length} octets) {Hex.Encode(r.Rand)}");
                    break;
                case IdrPayload idr:
                    sb.AppendLine($"{Indent}role={idr.Role} ({IdrPayload.RoleName(idr.Role)}) ID type={idr.IdType} {Data(idr.Data)}");
                    break;
                case IdPayload id:
                    sb.AppendLine($"{Indent}ID type={id.IdType} {Data(id.Data)}");
                    break;
                case CertPayload c:
                    sb.AppendLine($"{Indent}cert type={c.CertType} ({c.Data.Length} octets)");
                    if (c.CertType == 0) sb.AppendLine(Indent + "  " + CertificateLine(c.Data));
                    break;
                case ChashPayload ch:
                    sb.AppendLine($"{Indent}hash func={ch.HashFunction} {Hex.Encode(ch.Hash)}");
                    break;
                case SecurityPolicyPayload sp:
                    sb.AppendLine($"{Indent}policy no={sp.PolicyNo} prot type={sp.ProtType} ({(sp.ProtType == 0 ? "SRTP" : "?")})");
                    for (int i = 0; i < sp.ParamCount; i++)
                    {
                        SecurityPolicyParam q = sp.GetParam(i);
                        sb.AppendLine($"{Indent}  {q.Type,2} {SpName(q.Type),-30} = {Hex.Encode(q.Value)} ({q.IntValue})");
                    }
                    break;
                case KemacPayload k:
                    sb.AppendLine($"{Indent}encr alg={k.EncrAlg} encr data={k.EncrData.Length} octets MAC alg={k.MacAlg} MAC={Hex.Encode(k.Mac)}");
                    if (k.EncrAlg == KemacPayload.EncrNull)
                        foreach (KeyDataPayload kd in k.GetKeyData())
                            sb.AppendLine($"{Indent}  Key data type={kd.Type} KV={kd.Kv} key={Hex.Encode(kd.Key)}"
                                          + (kd.Salt != null ? " salt=" + Hex.Encode(kd.Salt) : "")
                                          + (kd.Spi != null ? " SPI=" + Hex.Encode(kd.Spi) : "")
                                          + (kd.ValidFrom != null ? $" VF={Hex.Encode(kd.ValidFrom)} VT={Hex.Encode(kd.ValidTo)}" : ""));
                    break;
                case PkePayload pke:
                    sb.AppendLine($"{Indent}C={pke.Cache} data ({pke.Data.Length} octets)");
                    break;
                case DhPayload dh:
                    string group = EccProfile.DhGroupName(dh.Group);
                    sb.AppendLine($"{Indent}group={dh.Group}{(group == null ? "" : " (" + group + ")")} value ({dh.Value.Length} octets) KV={dh.Kv}");
                    if (group != null) sb.AppendLine($"{Indent}  {Hex.Encode(dh.Value)}");
                    break;
                case SignaturePayload s:
                    string sType = s.SType == EccProfile.SignEcdsaP256 ? "ECDSA P-256 r || s, NON-STANDARD" : s.SType == 2 ? "ECCSI" : s.SType == 1 ? "RSA/PSS" : "RSA/PKCS#1";
                    sb.AppendLine($"{Indent}S type={s.SType} ({sType}) length={s.Signature.Length}");
                    if (s.SType == EccProfile.SignEcdsaP256 && s.Signature.Length == 64)
                    {
                        sb.AppendLine($"{Indent}  r   = {Hex.Encode(s.Signature, 0, 32)}");
                        sb.AppendLine($"{Indent}  s   = {Hex.Encode(s.Signature, 32, 32)}");
                    }
                    else if (s.SType == SignaturePayload.Eccsi && s.Signature.Length == 129)
                    {
                        sb.AppendLine($"{Indent}  r   = {Hex.Encode(s.Signature, 0, 32)}");
                        sb.AppendLine($"{Indent}  s   = {Hex.Encode(s.Signature, 32, 32)}");
                        sb.AppendLine($"{Indent}  PVT = {Hex.Encode(s.Signature, 64, 65)}");
                    }
                    else sb.AppendLine($"{Indent}  {Hex.Encode(s.Signature)}");
                    break;
                case VerificationPayload v:
                    sb.AppendLine($"{Indent}auth alg={v.AuthAlg} {Hex.Encode(v.VerData)}");
                    break;
                case ErrorPayload err:
                    sb.AppendLine($"{Indent}error no={err.ErrorNo} ({(MikeyNano.Errors.MikeyErrorCode)err.ErrorNo})");
                    break;
                case GeneralExtensionPayload g:
                    sb.AppendLine($"{Indent}type={g.ExtensionType}{(g.ExtensionType == 7 ? " (3GPP key parameters)" : "")} ({g.Data.Length} octets) {Hex.Encode(g.Data)}");
                    if (g.ExtensionType == GeneralExtensionPayload.TypeKeyParameters)
                    {
                        KeyParameters kp = KeyParameters.TryParseLegacy(g.Data);
                        sb.AppendLine(kp == null
                            ? $"{Indent}  protected (not the legacy plain form): decode needs the key"
                            : $"{Indent}  legacy plain form: key type={kp.KeyType} status=0x{kp.Status:x8} activation={kp.ActivationTime} expiry={kp.ExpiryTime} text='{Encoding.UTF8.GetString(kp.Text)}'");
                    }
                    break;
                case SakkePayload sk:
                    sb.AppendLine($"{Indent}SAKKE params={sk.Params}{(sk.Params == 1 ? " (parameter set 1)" : "")} ID scheme={sk.IdScheme} "
                                  + $"({(sk.IdScheme == 2 ? "3GPP MIKEY-SAKKE UID" : sk.IdScheme == 1 ? "tel URI, monthly keys" : "?")}) data={sk.Data.Length} octets");
                    sb.AppendLine($"{Indent}  {Hex.Encode(sk.Data)}");
                    break;
            }
        }

        /// <summary>What the device's X.509 parser reads of a certificate (not checked: no issuer is given here).</summary>
        private static string CertificateLine(byte[] der)
        {
            try
            {
                var c = MikeyNano.Certificates.X509Certificate.Parse(der);
                string usage = c.KeyUsage == MikeyNano.Certificates.X509Certificate.UsageAny ? "any" : "0x" + c.KeyUsage.ToString("x");
                DateTime Utc(long ntp) => new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(ntp);
                return $"X.509v3 P-256 key, URIs [{string.Join(", ", c.UriNames)}], valid {Utc(c.NotBefore):yyyy-MM-dd} to {Utc(c.NotAfter):yyyy-MM-dd}, keyUsage {usage}";
            }
            catch (MikeyNano.Certificates.CertificateException e)
            {
                return "not read: " + e.Message;
            }
        }

        private static string Data(byte[] d)
        {
            bool printable = d.Length > 0 && d.All(b => b >= 0x20 && b < 0x7f);
            return printable ? $"'{Encoding.ASCII.GetString(d)}'" : $"({d.Length} octets) {Hex.Encode(d)}";
        }

        private static string SpName(int t)
        {
            return t switch
            {
                0 => "encryption algorithm", 1 => "session encr. key length", 2 => "authentication algorithm",
                3 => "session auth. key length", 4 => "session salt key length", 5 => "SRTP PRF", 6 => "key derivation rate",
                7 => "SRTP encryption off/on", 8 => "SRTCP encryption off/on", 9 => "sender's FEC order",
                10 => "SRTP authentication off/on", 11 => "authentication tag length", 12 => "SRTP prefix length",
                13 => "ROC transmission rate", 18 => "(3GPP) ROC auth tag length", 19 => "(3GPP) SRTCP auth tag length",
                20 => "AEAD auth tag length", _ => "?"
            };
        }
    }
}
