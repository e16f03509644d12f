namespace MikeyNano.Errors
{
    /// <summary>A signature that does not verify, or whose components are out of range.</summary>
    public class SignatureException : MikeyNanoException
    {
        public SignatureException(string message) : base(message) { }
    }
}
