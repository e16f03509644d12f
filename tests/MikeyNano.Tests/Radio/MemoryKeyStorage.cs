using System;
using MikeyNano.Radio;

namespace MikeyNano.Tests.Radio
{
    /// <summary>Thrown by <see cref="MemoryKeyStorage"/> when its octet budget runs out: the power went.</summary>
    public sealed class PowerCutException : Exception
    {
        public PowerCutException() : base("power cut") { }
    }

    /// <summary>
    /// IKeyStorage in memory with injected power cuts: with <see cref="Budget"/> &gt;= 0, writes and deletes spend it
    /// (a write one unit per octet, a delete one unit) and the operation that finds too little left is cut: a write
    /// leaves the octets it got to (over the old record's tail when <see cref="MixOnCut"/>, else alone, as a truncated
    /// file), a delete does not happen; then every later operation fails until <see cref="PowerOn"/>.
    /// </summary>
    public sealed class MemoryKeyStorage : IKeyStorage
    {
        private readonly string[] _names = new string[8];
        private readonly byte[][] _values = new byte[8][];
        private bool _off;

        public MemoryKeyStorage()
        {
            Budget = -1;
        }

        /// <summary>Units (octets written, deletes) left before the power goes; -1: no cut.</summary>
        public int Budget { get; set; }
        public bool MixOnCut { get; set; }
        /// <summary>Units spent since the last <see cref="PowerOn"/> (octets written plus deletes).</summary>
        public int Spent { get; private set; }

        public void PowerOn()
        {
            _off = false;
            Budget = -1;
            Spent = 0;
        }

        public byte[] Read(string name)
        {
            int i = Find(name);
            return i < 0 ? null : (byte[])_values[i].Clone();
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            if (_off) throw new PowerCutException();
            byte[] record = new byte[count];
            Array.Copy(data, offset, record, 0, count);
            if (Budget >= 0 && count > Budget)
            {
                byte[] old = Read(name);
                int keep = MixOnCut && old != null && old.Length > Budget ? old.Length : Budget;
                byte[] cut = new byte[keep];
                if (keep > Budget) Array.Copy(old, cut, old.Length);
                Array.Copy(record, cut, Budget);
                Put(name, cut);
                Spent += Budget;
                Budget = 0;
                _off = true;
                throw new PowerCutException();
            }
            Put(name, record);
            Spend(count);
        }

        public void Delete(string name)
        {
            if (_off) throw new PowerCutException();
            if (Budget == 0)
            {
                _off = true;
                throw new PowerCutException();
            }
            int i = Find(name);
            if (i >= 0)
            {
                _names[i] = null;
                _values[i] = null;
            }
            Spend(1);
        }

        /// <summary>Changes one octet of a record in place (a test's attacker or a bit flip in flash).</summary>
        public void Corrupt(string name, int index)
        {
            _values[Find(name)][index] ^= 0x01;
        }

        private void Spend(int units)
        {
            Spent += units;
            if (Budget >= 0) Budget -= units;
        }

        // nanoCLR (nf-interpreter a3e8139, CLR_RT_HeapBlock_Array::ClearElements) leaves the elements of a new string[]
        // typed as strings with no text instead of null references: `element == null` as a value (ceq) is false, and
        // String.op_Equality of such an element with a string segfaults (strcmp of a null pointer). A branch on the
        // element (brfalse) sees null, so free entries are found by a branch and names compared only when present
        // (docs/device.md, "Runtime differences").
        private int Find(string name)
        {
            for (int i = 0; i < _names.Length; i++)
                if ((object)_names[i] != null && _names[i] == name) return i;
            return -1;
        }

        private int FindFree()
        {
            for (int i = 0; i < _names.Length; i++)
                if ((object)_names[i] == null) return i;
            return -1;
        }

        private void Put(string name, byte[] value)
        {
            int i = Find(name);
            if (i < 0) i = FindFree();
            _names[i] = name;
            _values[i] = value;
        }
    }
}
