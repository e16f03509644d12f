namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// One board's profile (boards/NAME.json, schema boards/board-profile.schema.json): what the firmware image is, what
    /// memory the board has, which GPIOs carry the provisioning UART, the push-to-talk key, the status LED and the
    /// audio codec, and whether the radio precomputes its key tables. The radio application on a board and the emulated
    /// radio on the host read the same profile; Wi-Fi settings are not here (they come from the key store).
    /// A profile that parses is also checked (<see cref="BoardProfileChecks"/>): every GPIO usable for its use on the
    /// chip, no GPIO used twice, the provisioning UART not COM1, the table policy within the managed heap.
    /// </summary>
    public sealed class BoardProfile
    {
        /// <summary>Longest profile the loader reads, in octets (the largest in boards/ is under 1,500).</summary>
        public const int MaxOctets = 4096;

        internal BoardProfile() { }

        /// <summary>The profile's name: the file name in boards/ and what `mikeynano radio --board` takes.</summary>
        public string Name { get; internal set; }

        /// <summary>The board it describes, in words (maker, model, module).</summary>
        public string Board { get; internal set; }

        /// <summary>The firmware image for `nanoff --target`, and what nanoFramework's SystemInfo.TargetName reports on
        /// the board.</summary>
        public string NanoffTarget { get; internal set; }

        /// <summary>"ESP32" or "ESP32-S3": which GPIO rules apply.</summary>
        public string Chip { get; internal set; }

        public int FlashMiB { get; internal set; }

        /// <summary>0 when the board has no PSRAM.</summary>
        public int PsramMiB { get; internal set; }

        /// <summary>The managed heap the firmware gives the application on this board, in KiB (an estimate from the
        /// firmware's allocation rule; firmware/BUILD.md).</summary>
        public int ManagedHeapKiB { get; internal set; }

        public ProvisioningUart Provisioning { get; internal set; }

        public PushToTalkKey PushToTalk { get; internal set; }

        public StatusLed Led { get; internal set; }

        public I2sPins I2s { get; internal set; }

        /// <summary>Whether the radio builds the precomputed tables for its key period (UserKeyMaterial's precompute):
        /// only where the managed heap holds them.</summary>
        public bool PrecomputeTables { get; internal set; }

        /// <summary>The public documents the pins were taken from (https addresses).</summary>
        public string[] Sources { get; internal set; }

        /// <summary>Parses and checks a profile. Throws <see cref="BoardProfileException"/> with a typed reason.</summary>
        public static BoardProfile Parse(byte[] octets)
        {
            if (octets == null) throw new BoardProfileException(BoardProfileError.Syntax, "no profile (null)");
            if (octets.Length > MaxOctets)
                throw new BoardProfileException(BoardProfileError.TooLarge, "the profile is " + octets.Length + " octets, more than " + MaxOctets);
            BoardProfile profile = BoardProfileReader.Read(octets);
            BoardProfileChecks.Check(profile);
            return profile;
        }

        /// <summary>Parses and checks a profile given as text (printable ASCII, as the schema allows).</summary>
        public static BoardProfile Parse(string text)
        {
            if (text == null) throw new BoardProfileException(BoardProfileError.Syntax, "no profile (null)");
            if (text.Length > MaxOctets)
                throw new BoardProfileException(BoardProfileError.TooLarge, "the profile is " + text.Length + " characters, more than " + MaxOctets);
            char[] chars = text.ToCharArray();
            byte[] octets = new byte[chars.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                // Anything above 0x7E is refused by the reader anyway; 0xFF keeps it from aliasing into ASCII.
                octets[i] = chars[i] > (char)0x7E ? (byte)0xFF : (byte)chars[i];
            }
            return Parse(octets);
        }

        /// <summary>The profile named <paramref name="name"/>: parses <paramref name="octets"/> (on the host the file
        /// boards/NAME.json, on a board the copy built into the application) and refuses it with
        /// <see cref="BoardProfileError.UnknownBoard"/> when it names another board.</summary>
        public static BoardProfile Load(string name, byte[] octets)
        {
            CheckName(name);
            return NamedAs(name, Parse(octets));
        }

        /// <summary>The profile named <paramref name="name"/> from its text (the application's built-in copy).</summary>
        public static BoardProfile Load(string name, string text)
        {
            CheckName(name);
            return NamedAs(name, Parse(text));
        }

        private static void CheckName(string name)
        {
            if (!IsValidName(name))
                throw new BoardProfileException(BoardProfileError.UnknownBoard, "'" + name + "' is not a board name (letters, digits and '_', 1 to 32)");
        }

        private static BoardProfile NamedAs(string name, BoardProfile profile)
        {
            if (profile.Name != name)
                throw new BoardProfileException(BoardProfileError.UnknownBoard, "asked for board " + name + ", the profile is " + profile.Name);
            return profile;
        }

        /// <summary>True for a name a profile may have: 1 to 32 of A-Z, a-z, 0-9 and '_' (safe as a file name).</summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > 32) return false;
            char[] chars = name.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                if (!ok) return false;
            }
            return true;
        }
    }
}
