using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MikeyNano.Bytes;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Cli
{
    /// <summary>
    /// The key-material file the host tools read and write (docs/key-material.md): JSON whose names follow the 3GPP
    /// TS 33.180 KMS XML elements (KmsCertificate, KmsKeySet), values in hex.
    /// <code>
    /// { "kms":  [ { "kmsUri": "...", "userKeyPeriod": 2592000, "userKeyOffset": 0,
    ///               "pubEncKey": "04..", "pubAuthKey": "04.." } ],
    ///   "user": { "userUri": "...", "kmsUri": "...", "userId": "..", "keyPeriodNo": 1,
    ///             "userDecryptKey": "04..", "userSigningKeySSK": "..", "userPubTokenPVT": "04.." } }
    /// </code>
    /// "userId" is the identifier the keys were issued for (the 32-octet UID, or RFC 6509 "YYYY-MM\0uri\0" in hex).
    /// </summary>
    public sealed class KeyMaterialFile
    {
        public List<KmsEntry> Kms { get; set; } = new();
        public UserEntry User { get; set; }

        public sealed class KmsEntry
        {
            public string KmsUri { get; set; }
            public ulong UserKeyPeriod { get; set; }
            public ulong UserKeyOffset { get; set; }
            public string PubEncKey { get; set; }
            public string PubAuthKey { get; set; }

            public KmsPublicKeys ToKeys() =>
                new KmsPublicKeys(KmsUri, Hex.Decode(PubEncKey), Hex.Decode(PubAuthKey), UserKeyPeriod, UserKeyOffset);

            public static KmsEntry From(KmsPublicKeys k) => new()
            {
                KmsUri = k.KmsUri, UserKeyPeriod = k.UserKeyPeriod, UserKeyOffset = k.UserKeyOffset,
                PubEncKey = Hex.Encode(k.SakkePublicKey), PubAuthKey = Hex.Encode(k.Kpak),
            };
        }

        public sealed class UserEntry
        {
            public string UserUri { get; set; }
            public string KmsUri { get; set; }
            public string UserId { get; set; }
            public ulong KeyPeriodNo { get; set; }
            public string UserDecryptKey { get; set; }
            public string UserSigningKeySSK { get; set; }
            public string UserPubTokenPVT { get; set; }
        }

        private static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        public static KeyMaterialFile Load(string path)
        {
            var f = JsonSerializer.Deserialize<KeyMaterialFile>(File.ReadAllText(path), Options)
                    ?? throw new InvalidDataException($"{path}: empty key-material file");
            if (f.Kms.Count == 0) throw new InvalidDataException($"{path}: no \"kms\" entry");
            return f;
        }

        public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");

        public KmsPublicKeys[] AllKms()
        {
            var r = new KmsPublicKeys[Kms.Count];
            for (int i = 0; i < r.Length; i++) r[i] = Kms[i].ToKeys();
            return r;
        }

        public KmsPublicKeys FindKms(string uri)
        {
            foreach (var k in Kms)
                if (k.KmsUri == uri) return k.ToKeys();
            throw new InvalidDataException($"no KMS '{uri}' in the key-material file");
        }

        /// <summary>The user's keys, validated (RSK pairing check, SSK/PVT check) as the radio validates them.</summary>
        public UserKeyMaterial UserKeys(bool precompute)
        {
            if (User == null) throw new InvalidDataException("the key-material file has no \"user\" entry");
            byte[] id = Hex.Decode(User.UserId), rsk = Hex.Decode(User.UserDecryptKey), ssk = Hex.Decode(User.UserSigningKeySSK),
                   pvt = Hex.Decode(User.UserPubTokenPVT);
            KmsPublicKeys kms = FindKms(User.KmsUri);
            // An RFC 6509 identifier names its month; a 3GPP UID is for the file's keyPeriodNo.
            if (Identity.Rfc6509Identifier.MonthOf(id) >= 0) return new UserKeyMaterial(User.UserUri, id, kms, rsk, ssk, pvt, precompute);
            return new UserKeyMaterial(User.UserUri, id, kms, User.KeyPeriodNo, rsk, ssk, pvt, precompute);
        }
    }
}
