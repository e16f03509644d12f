namespace MikeyNano.Errors
{
    /// <summary>Key material that fails its validity check (a scalar out of range, an RSK or SSK/PVT that does not
    /// validate against the KMS public key).</summary>
    public class InvalidKeyException : MikeyNanoException
    {
        public InvalidKeyException(string message) : base(message) { }
    }
}
