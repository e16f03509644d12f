namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// Reads a profile's fields exactly as boards/board-profile.schema.json defines them: every field required, no
    /// other field, each of one JSON type. Ranges and pin rules are <see cref="BoardProfileChecks"/>'s.
    /// </summary>
    internal static class BoardProfileReader
    {
        /// <summary>Most entries of "sources".</summary>
        internal const int MaxSources = 8;

        internal static readonly string[] TopFields =
            { "name", "board", "nanoffTarget", "chip", "flashMiB", "psramMiB", "managedHeapKiB", "provisioning",
              "pushToTalk", "statusLed", "i2s", "precomputeTables", "sources" };
        internal static readonly string[] UartFields = { "port", "baud", "txPin", "rxPin" };
        internal static readonly string[] PushToTalkFields = { "pin", "activeLow" };
        internal static readonly string[] LedFields = { "pin", "activeHigh", "onBoard" };
        internal static readonly string[] I2sFields = { "bitClock", "wordSelect", "dataOut", "dataIn" };

        internal static BoardProfile Read(byte[] octets)
        {
            ProfileJsonCursor c = new ProfileJsonCursor(octets);
            BoardProfile p = new BoardProfile();
            int seen = 0;
            c.BeginObject("profile");
            for (string key = c.NextKey("profile"); key != null; key = c.NextKey("profile"))
            {
                int field = Mark(c, TopFields, key, "", ref seen);
                if (field == 0) p.Name = c.ReadString(key);
                else if (field == 1) p.Board = c.ReadString(key);
                else if (field == 2) p.NanoffTarget = c.ReadString(key);
                else if (field == 3) p.Chip = c.ReadString(key);
                else if (field == 4) p.FlashMiB = c.ReadInteger(key);
                else if (field == 5) p.PsramMiB = c.ReadInteger(key);
                else if (field == 6) p.ManagedHeapKiB = c.ReadInteger(key);
                else if (field == 7) p.Provisioning = ReadUart(c);
                else if (field == 8) p.PushToTalk = ReadPushToTalk(c);
                else if (field == 9) p.Led = ReadLed(c);
                else if (field == 10) p.I2s = ReadI2s(c);
                else if (field == 11) p.PrecomputeTables = c.ReadBoolean(key);
                else p.Sources = ReadSources(c, key);
            }
            RequireAll(TopFields, seen, "");
            c.ExpectEnd();
            return p;
        }

        private static ProvisioningUart ReadUart(ProfileJsonCursor c)
        {
            int[] n = new int[UartFields.Length];
            string[] s = new string[UartFields.Length];
            ReadFlatObject(c, "provisioning", UartFields, "snnn", n, s);
            ProvisioningUart u = new ProvisioningUart();
            u.Port = s[0];
            u.Baud = n[1];
            u.TxPin = n[2];
            u.RxPin = n[3];
            return u;
        }

        private static PushToTalkKey ReadPushToTalk(ProfileJsonCursor c)
        {
            int[] n = new int[PushToTalkFields.Length];
            ReadFlatObject(c, "pushToTalk", PushToTalkFields, "nb", n, null);
            PushToTalkKey k = new PushToTalkKey();
            k.Pin = n[0];
            k.ActiveLow = n[1] == 1;
            return k;
        }

        private static StatusLed ReadLed(ProfileJsonCursor c)
        {
            int[] n = new int[LedFields.Length];
            ReadFlatObject(c, "statusLed", LedFields, "nbb", n, null);
            StatusLed led = new StatusLed();
            led.Pin = n[0];
            led.ActiveHigh = n[1] == 1;
            led.OnBoard = n[2] == 1;
            return led;
        }

        private static I2sPins ReadI2s(ProfileJsonCursor c)
        {
            int[] n = new int[I2sFields.Length];
            ReadFlatObject(c, "i2s", I2sFields, "nnnn", n, null);
            I2sPins i2s = new I2sPins();
            i2s.BitClock = n[0];
            i2s.WordSelect = n[1];
            i2s.DataOut = n[2];
            i2s.DataIn = n[3];
            return i2s;
        }

        /// <summary>Reads a nested object whose fields are all numbers, booleans or strings (kinds: one of 'n', 'b',
        /// 's' per field): numbers and booleans (1 for true) into numbers, strings into strings, by field index.</summary>
        private static void ReadFlatObject(ProfileJsonCursor c, string name, string[] fields, string kinds, int[] numbers, string[] strings)
        {
            int seen = 0;
            c.BeginObject(name);
            for (string key = c.NextKey(name); key != null; key = c.NextKey(name))
            {
                int i = Mark(c, fields, key, name + ".", ref seen);
                string path = name + "." + key;
                char kind = kinds[i];
                if (kind == 's') strings[i] = c.ReadString(path);
                else if (kind == 'b') numbers[i] = c.ReadBoolean(path) ? 1 : 0;
                else numbers[i] = c.ReadInteger(path);
            }
            RequireAll(fields, seen, name + ".");
        }

        private static string[] ReadSources(ProfileJsonCursor c, string key)
        {
            string[] found = new string[MaxSources];
            int n = 0;
            if (c.BeginList(key))
            {
                do
                {
                    if (n == MaxSources) throw c.Error(BoardProfileError.TooLarge, key + ": more than " + MaxSources + " entries");
                    found[n] = c.ReadString(key + "[" + n + "]");
                    n++;
                }
                while (c.NextListElement(key));
            }
            string[] sources = new string[n];
            for (int i = 0; i < n; i++) sources[i] = found[i];
            return sources;
        }

        /// <summary>The index of key in fields, marked as seen; a typed error for an unknown or repeated key.</summary>
        private static int Mark(ProfileJsonCursor c, string[] fields, string key, string prefix, ref int seen)
        {
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i] != key) continue;
                if ((seen & (1 << i)) != 0) throw c.Error(BoardProfileError.DuplicateField, prefix + key + " appears twice");
                seen |= 1 << i;
                return i;
            }
            throw c.Error(BoardProfileError.UnknownField, "unknown field " + prefix + key);
        }

        private static void RequireAll(string[] fields, int seen, string prefix)
        {
            for (int i = 0; i < fields.Length; i++)
                if ((seen & (1 << i)) == 0)
                    throw new BoardProfileException(BoardProfileError.MissingField, "the field " + prefix + fields[i] + " is missing");
        }
    }
}
