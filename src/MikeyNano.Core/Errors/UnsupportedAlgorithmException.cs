namespace MikeyNano.Errors
{
    /// <summary>An algorithm identifier (MIKEY PRF function, cipher or key size) that this library does not implement.</summary>
    public class UnsupportedAlgorithmException : MikeyNanoException
    {
        public UnsupportedAlgorithmException(string message) : base(message) { }
    }
}
