using System;
using System.Security.Cryptography;

namespace MikeyNano.KmsXml
{
    /// <summary>A TS 33.180 D.3.3 KmsKeySet: one user's keys for one key period. The keys are held in the clear (after
    /// unwrapping under the TrK when they arrived as EncKeyContentType); <see cref="Wipe"/> clears them.</summary>
    public sealed class KmsKeySet
    {
        public string Id { get; set; }
        public string Version { get; set; } = "1.1.0";
        public string KmsUri { get; set; }
        public string CertUri { get; set; }
        public string Issuer { get; set; }
        public string UserUri { get; set; }
        /// <summary>UserID: the 32-octet F.2.1 UID the keys were issued for.</summary>
        public byte[] UserId { get; set; }
        public DateTime? ValidFrom { get; set; }
        public DateTime? ValidTo { get; set; }
        public ulong KeyPeriodNo { get; set; }
        public bool Revoked { get; set; }
        /// <summary>UserDecryptKey: the SAKKE RSK, 257 octets.</summary>
        public byte[] UserDecryptKey { get; set; }
        /// <summary>UserSigningKeySSK: the ECCSI SSK, 32 octets.</summary>
        public byte[] UserSigningKeySsk { get; set; }
        /// <summary>UserPubTokenPVT: the ECCSI PVT, 65 octets.</summary>
        public byte[] UserPubTokenPvt { get; set; }
        /// <summary>True when the three keys arrived wrapped (EncKeyContentType) and were unwrapped under the TrK.</summary>
        public bool KeysWereWrapped { get; set; }

        public void Wipe()
        {
            if (UserDecryptKey != null) CryptographicOperations.ZeroMemory(UserDecryptKey);
            if (UserSigningKeySsk != null) CryptographicOperations.ZeroMemory(UserSigningKeySsk);
            if (UserPubTokenPvt != null) CryptographicOperations.ZeroMemory(UserPubTokenPvt);
        }
    }
}
