namespace MikeyNano.Errors
{
    /// <summary>Bytes or text that are not a valid encoding of what was expected (wrong length, bad hex digit, bad prefix).</summary>
    public class InvalidEncodingException : MikeyNanoException
    {
        public InvalidEncodingException(string message) : base(message) { }
    }
}
