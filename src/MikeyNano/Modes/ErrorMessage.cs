using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>The RFC 3830 error message (section 5.1.2; data type 6, section 6.1): HDR(data type 6, V = 0, PRF func,
    /// CSB ID and map of the refused message), T(NTP-UTC now), ERR(error no, reserved 0) (profile section 3.11). It is
    /// not authenticated: advisory to whoever receives it.</summary>
    internal static class ErrorMessage
    {
        /// <summary>The HDR of <paramref name="message"/>, or null when it does not parse (nothing to answer to).</summary>
        public static HeaderPayload HeaderOf(byte[] message)
        {
            if (message == null) return null;
            try
            {
                int next;
                return HeaderPayload.Read(new MikeyReader(message, 0, message.Length), out next);
            }
            catch (MikeyException)
            {
                return null;
            }
        }

        public static byte[] Encode(HeaderPayload refused, int errorNo, ulong ntpNow)
        {
            HeaderPayload h = CopyOf(refused, MikeyDataType.Error);
            MikeyMessage m = new MikeyMessage(h);
            m.Add(TimestampPayload.NtpUtcAt(ntpNow));
            m.Add(new ErrorPayload(errorNo));
            return m.Encode();
        }

        /// <summary>A HDR with <paramref name="h"/>'s PRF func, CSB ID and map, a new data type and V = 0.</summary>
        public static HeaderPayload CopyOf(HeaderPayload h, int dataType)
        {
            if (h.MapType == HeaderPayload.MapSrtpId)
                return HeaderPayload.WithSrtpMap(dataType, false, h.PrfFunc, h.CsbId, h.SrtpEntries);
            if (h.MapType == HeaderPayload.MapGenericId)
                return HeaderPayload.WithGenericMap(dataType, false, h.PrfFunc, h.CsbId, h.GenericEntries);
            return HeaderPayload.WithEmptyMap(dataType, false, h.PrfFunc, h.CsbId, h.CsCount);
        }

        /// <summary>The parsed message when it is an error message (data type 6), else null.</summary>
        public static MikeyMessage ParseIfError(byte[] message)
        {
            HeaderPayload h = HeaderOf(message);
            return h != null && h.DataType == MikeyDataType.Error ? MikeyMessage.Parse(message) : null;
        }

        /// <summary>The refusal an initiator reports for a received error message: the responder's error number
        /// (12 for a number RFC 3830 does not define) and its text.</summary>
        public static MikeyException Refusal(MikeyMessage m)
        {
            ErrorPayload err = (ErrorPayload)m.Find(MikeyPayloadType.Err);
            int no = err == null ? (int)MikeyErrorCode.Unspecified : err.ErrorNo;
            MikeyErrorCode code = no <= (int)MikeyErrorCode.Unspecified ? (MikeyErrorCode)no : MikeyErrorCode.Unspecified;
            return new MikeyException(code, "the responder refused the call with RFC 3830 error " + no
                + " (an unauthenticated error message, RFC 3830 section 5.1.2)");
        }
    }
}
