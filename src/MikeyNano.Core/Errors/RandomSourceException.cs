namespace MikeyNano.Errors
{
    /// <summary>The random source failed a health test (NIST SP 800-90B 4.4): it gives no more output, and nothing
    /// that needs randomness (a call, a signature, a key) can proceed until the device restarts with a working source.</summary>
    public class RandomSourceException : MikeyNanoException
    {
        public RandomSourceException(string message) : base(message) { }
    }
}
