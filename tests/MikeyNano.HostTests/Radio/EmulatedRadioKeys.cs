using System;
using System.IO;
using MikeyNano.Cli;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;

namespace MikeyNano.HostTests.Radio
{
    /// <summary>A test KMS community for emulated radios: one KMS (30-day key periods) and key-material files
    /// (docs/key-material.md) of 3GPP UIDs for the key period of now.</summary>
    public sealed class EmulatedRadioKeys
    {
        public const string KmsUri = "kms.radio.mikeynano.example";
        public readonly KmsPublicKeys Kms;
        private readonly SakkeKms _sakke;
        private readonly EccsiKms _eccsi;

        public EmulatedRadioKeys()
        {
            _sakke = SakkeKms.Generate(SystemRandomSource.Instance);
            _eccsi = EccsiKms.Generate(SystemRandomSource.Instance);
            Kms = new KmsPublicKeys(KmsUri, _sakke.PublicKey, _eccsi.Kpak, 2592000, 0);
        }

        public ulong Period => KeyPeriod.Number(KeyPeriod.NtpSeconds(DateTime.UtcNow), Kms.UserKeyPeriod, Kms.UserKeyOffset);

        /// <summary>The key set of <paramref name="uri"/>: UID, RSK, SSK, PVT.</summary>
        public (byte[] Uid, byte[] Rsk, byte[] Ssk, byte[] Pvt) Issue(string uri)
        {
            byte[] uid = MikeySakkeUid.Compute(uri, KmsUri, Kms.UserKeyPeriod, Kms.UserKeyOffset, Period);
            byte[] ssk = _eccsi.Issue(uid, SystemRandomSource.Instance, out byte[] pvt);
            return (uid, _sakke.IssueRsk(uid), ssk, pvt);
        }

        /// <summary>Writes the key-material file of <paramref name="uri"/> to <paramref name="path"/>.</summary>
        public string WriteKeyFile(string uri, string path)
        {
            var k = Issue(uri);
            var f = new KeyMaterialFile
            {
                User = new KeyMaterialFile.UserEntry
                {
                    UserUri = uri, KmsUri = KmsUri, UserId = Bytes.Hex.Encode(k.Uid), KeyPeriodNo = Period,
                    UserDecryptKey = Bytes.Hex.Encode(k.Rsk), UserSigningKeySSK = Bytes.Hex.Encode(k.Ssk), UserPubTokenPVT = Bytes.Hex.Encode(k.Pvt),
                },
            };
            f.Kms.Add(KeyMaterialFile.KmsEntry.From(Kms));
            f.Save(path);
            return path;
        }

        public static string TempDir()
        {
            string d = Path.Combine(Path.GetTempPath(), "mikeynano-radio-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(d);
            return d;
        }
    }
}
