using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Mikey.Transport
{
    /// <summary>
    /// The SDP key-management attribute of RFC 4567 section 3.1 for MIKEY: <c>a=key-mgmt:mikey &lt;base64 message&gt;</c>.
    /// The parser accepts the full attribute line, the value without "a=", or the bare "mikey &lt;base64&gt;" form used
    /// in some logs and test vectors; it can also pick the attribute out of a whole SDP description.
    /// </summary>
    public static class SdpKeyMgmt
    {
        internal const string AttributePrefix = "a=key-mgmt:";
        internal const string ProtocolId = "mikey";

        /// <summary>"a=key-mgmt:mikey " + base64(message).</summary>
        public static string EncodeAttribute(byte[] message)
        {
            return AttributePrefix + ProtocolId + " " + Base64.Encode(message);
        }

        /// <summary>The attribute line for an encoded message.</summary>
        public static string EncodeAttribute(MikeyMessage message)
        {
            return EncodeAttribute(message.Encoded != null ? message.Encoded : message.Encode());
        }

        /// <summary>The MIKEY message bytes carried by one attribute line (see the class summary for accepted forms).
        /// Throws <see cref="InvalidEncodingException"/> for another protocol ID or bad base64.</summary>
        public static byte[] DecodeAttribute(string line)
        {
            if (line == null) throw new InvalidEncodingException("key-mgmt: null line");
            string s = line.Trim();
            if (StartsWith(s, AttributePrefix)) s = s.Substring(AttributePrefix.Length);
            else if (StartsWith(s, "key-mgmt:")) s = s.Substring(9);
            s = s.Trim();
            int sp = IndexOfSpace(s);
            if (sp < 0) throw new InvalidEncodingException("key-mgmt: expected '<protocol id> <data>'");
            string prtcl = s.Substring(0, sp);
            if (prtcl != ProtocolId) throw new InvalidEncodingException("key-mgmt: protocol id '" + prtcl + "' is not 'mikey'");
            return Base64.Decode(s.Substring(sp + 1).Trim());
        }

        /// <summary>Parses the message carried by one attribute line.</summary>
        public static MikeyMessage ParseAttribute(string line)
        {
            return MikeyMessage.Parse(DecodeAttribute(line));
        }

        /// <summary>The message of the first <c>a=key-mgmt:mikey</c> line of an SDP description (session or media
        /// level), or null when there is none.</summary>
        public static byte[] FindInSdp(string sdp)
        {
            if (sdp == null) return null;
            int pos = 0;
            while (pos < sdp.Length)
            {
                int end = sdp.IndexOf('\n', pos);
                if (end < 0) end = sdp.Length;
                string line = sdp.Substring(pos, end - pos).Trim();
                if (StartsWith(line, AttributePrefix + ProtocolId + " ")) return DecodeAttribute(line);
                pos = end + 1;
            }
            return null;
        }

        private static bool StartsWith(string s, string prefix)
        {
            return s.Length >= prefix.Length && s.Substring(0, prefix.Length) == prefix;
        }

        private static int IndexOfSpace(string s)
        {
            for (int i = 0; i < s.Length; i++) if (s[i] == ' ' || s[i] == '\t') return i;
            return -1;
        }
    }
}
