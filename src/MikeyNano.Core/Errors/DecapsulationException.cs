namespace MikeyNano.Errors
{
    /// <summary>Encapsulated key data that does not decapsulate: a failed consistency check or tampered data. No key is
    /// ever returned alongside this exception.</summary>
    public class DecapsulationException : MikeyNanoException
    {
        public DecapsulationException(string message) : base(message) { }
    }
}
