using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>Key data sub-payload (RFC 3830 section 6.13), carried inside the KEMAC encrypted data:
    /// next payload(8) | Type(4) | KV(4) | Key data len(16) | Key data | [Salt len(16) | Salt] | [KV data].
    /// Types 0 TGK, 1 TGK+SALT, 2 TEK, 3 TEK+SALT (salt present for 1 and 3). KV 0 NULL, 1 SPI/MKI
    /// (SPI len(8) | SPI), 2 interval (VF len(8) | VF | VT len(8) | VT).</summary>
    public sealed class KeyDataPayload
    {
        public const int TypeTgk = 0;
        public const int TypeTgkSalt = 1;
        public const int TypeTek = 2;
        public const int TypeTekSalt = 3;
        public const int KvNull = 0;
        public const int KvSpi = 1;
        public const int KvInterval = 2;

        /// <summary>A key without salt or key validity data.</summary>
        public KeyDataPayload(int type, byte[] key) : this(type, key, null, KvNull, null, null) { }

        /// <summary><paramref name="salt"/> is required for types 1 and 3 and must be null otherwise.
        /// <paramref name="kvData1"/> is the SPI (KV 1) or VF (KV 2); <paramref name="kvData2"/> is VT (KV 2).</summary>
        public KeyDataPayload(int type, byte[] key, byte[] salt, int kv, byte[] kvData1, byte[] kvData2)
        {
            if (type < TypeTgk || type > TypeTekSalt) throw MikeyException.Malformed("Key data: unknown type " + type);
            if (kv < KvNull || kv > KvInterval) throw MikeyException.Malformed("Key data: unknown KV type " + kv);
            if (HasSalt(type) != (salt != null)) throw MikeyException.Malformed("Key data: salt must be present exactly for types 1 and 3");
            MikeyWriter.CheckLength(key, 0xFFFF, "Key data");
            MikeyWriter.CheckLength(salt, 0xFFFF, "Key data salt");
            MikeyWriter.CheckLength(kvData1, 0xFF, "Key data KV field");
            MikeyWriter.CheckLength(kvData2, 0xFF, "Key data KV field");
            Type = type;
            Key = key;
            Salt = salt;
            Kv = kv;
            Spi = kv == KvSpi ? kvData1 : null;
            ValidFrom = kv == KvInterval ? kvData1 : null;
            ValidTo = kv == KvInterval ? kvData2 : null;
        }

        public int Type { get; private set; }

        public int Kv { get; private set; }

        /// <summary>The key (for MIKEY-NULL peers that put key||salt in one TEK item, both).</summary>
        public byte[] Key { get; private set; }

        /// <summary>The salt for types 1 and 3, else null.</summary>
        public byte[] Salt { get; private set; }

        /// <summary>SPI/MKI when KV = 1, else null.</summary>
        public byte[] Spi { get; private set; }

        /// <summary>Interval start (VF) when KV = 2, else null.</summary>
        public byte[] ValidFrom { get; private set; }

        /// <summary>Interval end (VT) when KV = 2, else null.</summary>
        public byte[] ValidTo { get; private set; }

        internal static bool HasSalt(int type)
        {
            return type == TypeTgkSalt || type == TypeTekSalt;
        }

        /// <summary>Octets on the wire including the next-payload field.</summary>
        internal int EncodedLength
        {
            get
            {
                int n = 4 + MikeyWriter.LengthOf(Key);
                if (HasSalt(Type)) n += 2 + Salt.Length;
                if (Kv == KvSpi) n += 1 + MikeyWriter.LengthOf(Spi);
                if (Kv == KvInterval) n += 2 + MikeyWriter.LengthOf(ValidFrom) + MikeyWriter.LengthOf(ValidTo);
                return n;
            }
        }

        internal void Write(MikeyWriter w, int nextPayload)
        {
            w.WriteByte(nextPayload);
            w.WriteByte((Type << 4) | Kv);
            w.WriteLength16AndBytes(Key, "Key data");
            if (HasSalt(Type)) w.WriteLength16AndBytes(Salt, "Key data salt");
            if (Kv == KvSpi) w.WriteLength8AndBytes(Spi, "SPI");
            if (Kv == KvInterval)
            {
                w.WriteLength8AndBytes(ValidFrom, "VF");
                w.WriteLength8AndBytes(ValidTo, "VT");
            }
        }

        /// <summary>Reads one sub-payload; <paramref name="next"/> receives its next-payload field.</summary>
        internal static KeyDataPayload Read(MikeyReader r, out int next)
        {
            next = r.ReadByte("Key data: next payload");
            int tkv = r.ReadByte("Key data: type/KV");
            int type = tkv >> 4;
            int kv = tkv & 0x0F;
            if (type > TypeTekSalt) throw MikeyException.Malformed("Key data: unknown type " + type);
            if (kv > KvInterval) throw MikeyException.Malformed("Key data: unknown KV type " + kv);
            byte[] key = r.ReadBytes(r.ReadUInt16("Key data: key length"), "Key data: key");
            byte[] salt = null;
            if (HasSalt(type)) salt = r.ReadBytes(r.ReadUInt16("Key data: salt length"), "Key data: salt");
            byte[] a = null, b = null;
            if (kv == KvSpi) a = r.ReadBytes(r.ReadByte("Key data: SPI length"), "Key data: SPI");
            if (kv == KvInterval)
            {
                a = r.ReadBytes(r.ReadByte("Key data: VF length"), "Key data: VF");
                b = r.ReadBytes(r.ReadByte("Key data: VT length"), "Key data: VT");
            }
            return new KeyDataPayload(type, key, salt, kv, a, b);
        }

        /// <summary>Parses the plaintext of a KEMAC encrypted-data field: a chain of Key data sub-payloads linked by
        /// next payload = 20 and ended by 0, with nothing after the last.</summary>
        internal static KeyDataPayload[] ParseChain(byte[] data)
        {
            // Pass 1 counts (each item is at least 4 octets, so at most data.Length / 4 + 1 iterations).
            int count = 0;
            MikeyReader r = new MikeyReader(data, 0, data.Length);
            int next = MikeyPayloadType.KeyData;
            while (next == MikeyPayloadType.KeyData)
            {
                KeyDataPayload counted = Read(r, out next);
                MikeyNano.Bytes.Secrets.Wipe(counted.Key); // a copy of a key: wiped, not left to the collector
                MikeyNano.Bytes.Secrets.Wipe(counted.Salt);
                count++;
            }
            if (next != MikeyPayloadType.Last)
                throw MikeyException.Malformed("Key data: next payload " + next + " inside KEMAC (only Key data or last allowed)");
            if (r.Remaining != 0) throw MikeyException.Malformed("Key data: " + r.Remaining + " octets after the last sub-payload");
            KeyDataPayload[] items = new KeyDataPayload[count];
            r = new MikeyReader(data, 0, data.Length);
            for (int i = 0; i < count; i++) items[i] = Read(r, out next);
            return items;
        }

        /// <summary>Encodes sub-payloads as a chain (the plaintext of a KEMAC encrypted-data field).</summary>
        internal static byte[] EncodeChain(KeyDataPayload[] items)
        {
            int n = 0;
            for (int i = 0; i < items.Length; i++) n += items[i].EncodedLength;
            MikeyWriter w = new MikeyWriter(n);
            for (int i = 0; i < items.Length; i++)
                items[i].Write(w, i + 1 < items.Length ? MikeyPayloadType.KeyData : MikeyPayloadType.Last);
            return w.Buffer;
        }
    }
}
