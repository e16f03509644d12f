namespace MikeyNano.Mikey.Payloads
{
    /// <summary>One payload of a MIKEY message after the HDR (RFC 3830 section 6). The 1-octet next-payload field is
    /// not stored: <see cref="MikeyMessage"/> writes it from the order of its payload list, which is exactly what the
    /// parser read, so parse-then-serialize reproduces the input.</summary>
    public abstract class MikeyPayload
    {
        // Only this assembly's payload classes derive from it: encoding is the codec's business (internal members).
        internal MikeyPayload() { }

        /// <summary>The payload's type number (<see cref="MikeyPayloadType"/>).</summary>
        public abstract int PayloadType { get; }

        /// <summary>Octets after the next-payload field (for SIGN, which has none: the whole payload).</summary>
        internal abstract int BodyLength { get; }

        /// <summary>Writes the octets after the next-payload field.</summary>
        internal abstract void WriteBody(MikeyWriter writer);

        /// <summary>False only for SIGN, which has no next-payload field and must be last (RFC 3830 section 6.5).</summary>
        internal virtual bool HasNextPayloadField { get { return true; } }

        /// <summary>Octets on the wire, including the next-payload field.</summary>
        internal int EncodedLength { get { return BodyLength + (HasNextPayloadField ? 1 : 0); } }
    }
}
