namespace MikeyNano.Errors
{
    /// <summary>An elliptic-curve point that fails validation: not on the curve, the point at infinity where a finite
    /// point is required, a coordinate not below p, a bad prefix octet or a wrong length.</summary>
    public class InvalidPointException : MikeyNanoException
    {
        public InvalidPointException(string message) : base(message) { }
    }
}
