namespace MikeyNano.Errors
{
    /// <summary>An authentication tag (AES-GCM, HMAC) that does not match. The output buffer is wiped before this is thrown.</summary>
    public class AuthenticationException : MikeyNanoException
    {
        public AuthenticationException(string message) : base(message) { }
    }
}
