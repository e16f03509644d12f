using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>CHASH payload (RFC 3830 section 6.8): Hash func(8) | Hash. Functions 0 SHA-1 (20 octets), 1 MD5 (16).</summary>
    public sealed class ChashPayload : MikeyPayload
    {
        public const int Sha1 = 0;
        public const int Md5 = 1;

        public ChashPayload(int hashFunction, byte[] hash)
        {
            int n = HashLength(hashFunction);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidHa, "unknown CHASH hash function " + hashFunction);
            if (hash == null || hash.Length != n) throw MikeyException.Malformed("CHASH: hash must be " + n + " octets");
            HashFunction = hashFunction;
            Hash = hash;
        }

        public int HashFunction { get; private set; }

        public byte[] Hash { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Chash; } }

        internal override int BodyLength { get { return 1 + Hash.Length; } }

        internal static int HashLength(int f)
        {
            if (f == Sha1) return 20;
            if (f == Md5) return 16;
            return -1;
        }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(HashFunction);
            w.WriteBytes(Hash);
        }

        internal static ChashPayload Read(MikeyReader r)
        {
            int f = r.ReadByte("CHASH: hash function");
            int n = HashLength(f);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidHa, "CHASH: unknown hash function " + f);
            return new ChashPayload(f, r.ReadBytes(n, "CHASH: hash"));
        }
    }
}
