using System.Collections.Generic;

namespace MikeyNano.KmsXml
{
    /// <summary>What a signature on a KMS response proved.</summary>
    public enum KmsSignatureStatus
    {
        /// <summary>A plain KmsResponse, or a SignedKmsResponse without ds:Signature.</summary>
        Absent,
        /// <summary>Signed, but no InK or TrK was given to check it with.</summary>
        NotChecked,
        /// <summary>HMAC-SHA-256 verified, and the Reference covers the KmsResponse that was read.</summary>
        Verified,
    }

    /// <summary>A TS 33.180 D.2.3 KmsResponse as read: the header, then KmsInit's certificate or KmsKeyProv's key sets,
    /// or KmsError; TrK/InK updates (KmsInitTkIkType, KmsKeyProvTkIkType) unwrapped when a TrK was given.</summary>
    public sealed class KmsResponse
    {
        public string Id { get; set; }
        public string Version { get; set; } = "1.0.0";
        public string UserUri { get; set; }
        public string KmsUri { get; set; }
        /// <summary>Time as written (xsd:dateTime).</summary>
        public string Time { get; set; }
        public string KmsId { get; set; }
        public string ClientReqUrl { get; set; }
        /// <summary>KmsInit's KmsCertificate (or the one inside SignedKmsCertificate); null otherwise.</summary>
        public KmsCertificate Certificate { get; set; }
        /// <summary>KmsKeyProv's key sets (possibly none); null when the message is not KmsKeyProv.</summary>
        public List<KmsKeySet> KeySets { get; set; }
        public byte[] NewTransportKey { get; set; }
        public byte[] NewIntegrityKey { get; set; }
        public int? ErrorCode { get; set; }
        public string ErrorMessage { get; set; }
        public KmsSignatureStatus Signature { get; set; }
    }
}
