using System;
using MikeyNano.Errors;

namespace MikeyNano.KmsXml
{
    /// <summary>A KMS document or key set refused; <see cref="Check"/> names the failed check and the message starts
    /// with it ("signature: ..."), so an operator sees what to fix.</summary>
    public sealed class KmsXmlException : MikeyNanoException
    {
        public KmsXmlException(KmsXmlCheck check, string message) : base(Name(check) + ": " + message)
        {
            Check = check;
        }

        public KmsXmlException(KmsXmlCheck check, string message, Exception inner) : base(Name(check) + ": " + message, inner)
        {
            Check = check;
        }

        public KmsXmlCheck Check { get; }

        /// <summary>The check's name as printed: "rsk-pairing", "user-id", ...</summary>
        public static string Name(KmsXmlCheck check) => check switch
        {
            KmsXmlCheck.Format => "format",
            KmsXmlCheck.KmsError => "kms-error",
            KmsXmlCheck.Signature => "signature",
            KmsXmlCheck.SignatureCoverage => "signature-coverage",
            KmsXmlCheck.TransportKey => "transport-key",
            KmsXmlCheck.KeyUnwrap => "key-unwrap",
            KmsXmlCheck.KeyLength => "key-length",
            KmsXmlCheck.Certificate => "certificate",
            KmsXmlCheck.KmsUri => "kms-uri",
            KmsXmlCheck.UserUri => "user-uri",
            KmsXmlCheck.UserId => "user-id",
            KmsXmlCheck.KeyPeriod => "key-period",
            KmsXmlCheck.Revoked => "revoked",
            KmsXmlCheck.RskPairing => "rsk-pairing",
            KmsXmlCheck.SskPvt => "ssk-pvt",
            _ => check.ToString(),
        };
    }
}
