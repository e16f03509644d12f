using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The two slots of the key store on <see cref="IKeyStorage"/> (docs/provisioning.md, "Key store"): slot s is a
    /// data record "keystore-s" and a seal record "keystore-s.seal" of 40 octets: sequence (4) | data length (4) |
    /// HMAC-SHA-256 under the store's MAC key of "MikeyNano key store seal" | s (1) | sequence | data length | data.
    /// A slot counts only when its seal verifies against its data, so a data record cut at any octet, or a seal cut at
    /// any octet, makes that slot invalid and leaves the other one in force.
    /// </summary>
    internal sealed class KeyStoreSlots
    {
        private const int SealLength = 40;
        private static readonly string[] DataNames = new string[] { "keystore-a", "keystore-b" };
        private static readonly string[] SealNames = new string[] { "keystore-a.seal", "keystore-b.seal" };

        private readonly IKeyStorage _storage;
        private readonly byte[] _macKey;

        public KeyStoreSlots(IKeyStorage storage, byte[] macKey)
        {
            _storage = storage;
            _macKey = macKey;
        }

        /// <summary>Slot <paramref name="slot"/>'s data when its seal verifies (its sequence in
        /// <paramref name="sequence"/>), else null.</summary>
        public byte[] Read(int slot, out uint sequence)
        {
            sequence = 0;
            byte[] seal = _storage.Read(SealNames[slot]);
            byte[] data = _storage.Read(DataNames[slot]);
            if (seal == null || data == null || seal.Length != SealLength) return null;
            uint seq = BigEndian.ReadUInt32(seal, 0);
            if (BigEndian.ReadUInt32(seal, 4) != (uint)data.Length) return null;
            byte[] tag = Tag(slot, seq, data);
            if (!ConstantTime.AreEqual(tag, 0, seal, 8, 32)) return null;
            sequence = seq;
            return data;
        }

        /// <summary>Writes <paramref name="data"/> into slot <paramref name="slot"/> with <paramref name="sequence"/>:
        /// first the slot's old seal goes (from then on the slot is invalid), then the data, then the new seal, the one
        /// small final write that commits it.</summary>
        public void Write(int slot, uint sequence, byte[] data)
        {
            _storage.Delete(SealNames[slot]);
            _storage.Write(DataNames[slot], data, 0, data.Length);
            byte[] seal = new byte[SealLength];
            BigEndian.WriteUInt32(seal, 0, sequence);
            BigEndian.WriteUInt32(seal, 4, (uint)data.Length);
            System.Array.Copy(Tag(slot, sequence, data), 0, seal, 8, 32);
            _storage.Write(SealNames[slot], seal, 0, seal.Length);
        }

        /// <summary>Removes slot <paramref name="slot"/>'s records, seal first (called for the slot that was in force
        /// once the other one is committed, so superseded keys do not stay at rest).</summary>
        public void Delete(int slot)
        {
            _storage.Delete(SealNames[slot]);
            _storage.Delete(DataNames[slot]);
        }

        private byte[] Tag(int slot, uint sequence, byte[] data)
        {
            byte[] label = Utf8.Encode("MikeyNano key store seal");
            byte[] head = new byte[label.Length + 9];
            System.Array.Copy(label, head, label.Length);
            head[label.Length] = (byte)slot;
            BigEndian.WriteUInt32(head, label.Length + 1, sequence);
            BigEndian.WriteUInt32(head, label.Length + 5, (uint)data.Length);
            Hmac mac = new Hmac(new Sha256(), _macKey);
            try
            {
                mac.Update(head, 0, head.Length);
                mac.Update(data, 0, data.Length);
                byte[] tag = new byte[32];
                mac.Final(tag, 0);
                return tag;
            }
            finally
            {
                mac.Wipe();
            }
        }
    }
}
