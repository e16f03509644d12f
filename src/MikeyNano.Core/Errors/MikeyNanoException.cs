using System;

namespace MikeyNano.Errors
{
    /// <summary>
    /// Base of every exception MikeyNano throws on purpose. Callers can catch this one type to handle any rejected
    /// input (bad encoding, invalid key, failed signature, malformed MIKEY message) without catching runtime faults.
    /// </summary>
    public class MikeyNanoException : Exception
    {
        public MikeyNanoException(string message) : base(message) { }

        public MikeyNanoException(string message, Exception inner) : base(message, inner) { }
    }
}
