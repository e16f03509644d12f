using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>An R_MESSAGE HDR is the I_MESSAGE HDR with the data type replaced and octet 3 = the PRF func with
    /// V = 0; octets 4 to the end of the map (CSB ID, #CS, map type, map) are identical (profile section 3.1; RFC 3830
    /// section 3.1: the CSB ID and map are those of the I_MESSAGE).</summary>
    internal static class ResponseHeader
    {
        public static void CheckCopied(MikeyMessage i, byte[] r)
        {
            byte[] sent = i.Encoded;
            int end = i.Header.EncodedLength;
            if (r.Length < end || r[3] != (sent[3] & 0x7F) || !ConstantTime.AreEqual(sent, 4, r, 4, end - 4))
                throw MikeyException.Malformed("R_MESSAGE HDR: PRF func, CSB ID or crypto-session map differ from the I_MESSAGE's");
        }
    }
}
