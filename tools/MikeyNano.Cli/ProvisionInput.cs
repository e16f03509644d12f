using System.IO;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Identity;
using MikeyNano.KmsXml;

namespace MikeyNano.Cli
{
    /// <summary>What `mikeynano provision` loads: a KMS certificate and one user key set, from TS 33.180 Annex D XML
    /// (our KMS's or a real one's: KmsInit for the certificate, KmsKeyProv for the key set, signature verified and keys
    /// unwrapped under the KMS's TrK/InK) or from our key-material file (docs/key-material.md). Validated here with the
    /// same named checks the device repeats (UID, RSK pairing, SSK/PVT), so a bad key set is refused before the port
    /// is opened.</summary>
    public sealed class ProvisionInput
    {
        public KmsCertificate Certificate { get; private set; }
        public KmsKeySet KeySet { get; private set; }
        /// <summary>How the XML's signatures were checked ("" for a key file).</summary>
        public string Signatures { get; private set; } = "";

        public static ProvisionInput FromXml(string initPath, string keyProvPath, byte[] kmsTrk, byte[] kmsInk, string userUri, ulong? periodNo)
        {
            KmsResponse init = KmsXmlReader.ReadFile(initPath, kmsTrk, kmsInk);
            Refuse(init, initPath);
            if (init.Certificate == null) throw new KmsXmlException(KmsXmlCheck.Format, initPath + " holds no KmsInit/KmsCertificate");
            KmsResponse keyProv = KmsXmlReader.ReadFile(keyProvPath, kmsTrk, kmsInk);
            Refuse(keyProv, keyProvPath);
            if (keyProv.KeySets == null || keyProv.KeySets.Count == 0) throw new KmsXmlException(KmsXmlCheck.Format, keyProvPath + " holds no KmsKeySet");
            var candidates = keyProv.KeySets.Where(s => (userUri == null || s.UserUri == userUri) && (periodNo == null || s.KeyPeriodNo == periodNo)).ToList();
            // One key set is validated against what was asked (naming the failed check); several need a choice.
            KmsKeySet set = candidates.Count == 1 ? candidates[0] : keyProv.KeySets.Count == 1 ? keyProv.KeySets[0] : null;
            if (set == null) throw new KmsXmlException(KmsXmlCheck.Format, keyProvPath + " holds " + keyProv.KeySets.Count + " key sets: choose one with --user-uri and --period-no");
            foreach (KmsKeySet other in keyProv.KeySets) if (other != set) other.Wipe();
            return Validated(init.Certificate, set, userUri, periodNo, "init " + init.Signature + ", keyprov " + keyProv.Signature);
        }

        public static ProvisionInput FromKeyFile(string path, string userUri, ulong? periodNo)
        {
            KeyMaterialFile file = KeyMaterialFile.Load(path);
            if (file.User == null) throw new InvalidDataException(path + ": no \"user\" entry");
            KeyMaterialFile.KmsEntry kms = file.Kms.FirstOrDefault(k => k.KmsUri == file.User.KmsUri)
                ?? throw new InvalidDataException(path + ": no \"kms\" entry for " + file.User.KmsUri);
            var cert = new KmsCertificate
            {
                KmsUri = kms.KmsUri, UserKeyPeriod = kms.UserKeyPeriod, UserKeyOffset = kms.UserKeyOffset,
                PubEncKey = Hex.Decode(kms.PubEncKey), PubAuthKey = Hex.Decode(kms.PubAuthKey),
            };
            var set = new KmsKeySet
            {
                KmsUri = file.User.KmsUri, UserUri = file.User.UserUri, UserId = Hex.Decode(file.User.UserId), KeyPeriodNo = file.User.KeyPeriodNo,
                UserDecryptKey = Hex.Decode(file.User.UserDecryptKey), UserSigningKeySsk = Hex.Decode(file.User.UserSigningKeySSK),
                UserPubTokenPvt = Hex.Decode(file.User.UserPubTokenPVT),
            };
            return Validated(cert, set, userUri, periodNo, "");
        }

        private static ProvisionInput Validated(KmsCertificate cert, KmsKeySet set, string userUri, ulong? periodNo, string signatures)
        {
            try
            {
                KmsKeySetValidator.Validate(set, cert, userUri, periodNo);
            }
            catch
            {
                set.Wipe();
                throw;
            }
            return new ProvisionInput { Certificate = cert, KeySet = set, Signatures = signatures };
        }

        private static void Refuse(KmsResponse r, string path)
        {
            if (r.ErrorCode != null) throw new KmsXmlException(KmsXmlCheck.KmsError, path + ": the KMS answered error " + r.ErrorCode + " " + r.ErrorMessage);
        }
    }
}
