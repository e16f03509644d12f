namespace MikeyNano.Errors
{
    /// <summary>A MIKEY message that is malformed, uses something we do not support, or fails a MIKEY-level check.
    /// <see cref="ErrorCode"/> is the RFC 3830 section 6.12 error number to report in an ERR payload.</summary>
    public class MikeyException : MikeyNanoException
    {
        public MikeyException(MikeyErrorCode errorCode, string message) : base(message)
        {
            ErrorCode = errorCode;
        }

        /// <summary>The RFC 3830 error number.</summary>
        public MikeyErrorCode ErrorCode { get; private set; }

        /// <summary>A malformed encoding: a length that overruns what remains, trailing octets, a missing payload.</summary>
        internal static MikeyException Malformed(string message)
        {
            return new MikeyException(MikeyErrorCode.Unspecified, message);
        }
    }
}
