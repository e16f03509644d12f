using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using static MikeyNano.KmsXml.KmsXmlElements;

namespace MikeyNano.KmsXml
{
    /// <summary>The content of one KmsResponse element (TS 33.180 D.2.3): header, KmsError, and a KmsMessage with
    /// KmsInit (D.3.2) or KmsKeyProv (D.3.3), their TrK/InK extensions, and the key values plain or unwrapped.</summary>
    internal static class KmsResponseParser
    {
        public static KmsResponse Parse(XmlElement e, byte[] trk)
        {
            var r = new KmsResponse
            {
                Id = Attribute(e, "Id"),
                Version = Attribute(e, "Version"),
                UserUri = RequiredText(e, "UserUri"),
                KmsUri = RequiredText(e, "KmsUri"),
                Time = OptionalText(e, "Time"),
                KmsId = OptionalText(e, "KmsId"),
                ClientReqUrl = OptionalText(e, "ClientReqUrl"),
            };
            XmlElement error = Optional(e, "KmsError");
            if (error != null)
            {
                string code = RequiredText(error, "ErrorCode");
                r.ErrorCode = int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int c) ? c : -1;
                r.ErrorMessage = OptionalText(error, "ErrorMsg") ?? "";
            }
            XmlElement message = Optional(e, "KmsMessage");
            if (message == null) return r;
            XmlElement init = Optional(message, "KmsInit");
            XmlElement keyProv = Optional(message, "KmsKeyProv");
            if ((init == null) == (keyProv == null) && Optional(message, "KmsCertCache") == null)
                throw new KmsXmlException(KmsXmlCheck.Format, "KmsMessage must hold one KmsInit, KmsKeyProv or KmsCertCache");
            if (init != null)
            {
                XmlElement signed = Optional(init, "SignedKmsCertificate");
                XmlElement certificate = signed != null ? Required(signed, "KmsCertificate") : Required(init, "KmsCertificate");
                r.Certificate = ParseCertificate(certificate);
                ParseKeyUpdates(init, trk, r);
            }
            if (keyProv != null)
            {
                r.KeySets = new List<KmsKeySet>();
                foreach (XmlElement set in Children(keyProv, "KmsKeySet")) r.KeySets.Add(ParseKeySet(set, trk));
                ParseKeyUpdates(keyProv, trk, r);
            }
            return r;
        }

        private static KmsCertificate ParseCertificate(XmlElement e) => new()
        {
            Id = Attribute(e, "Id"),
            Version = Attribute(e, "Version"),
            Role = Attribute(e, "Role"),
            CertUri = OptionalText(e, "CertUri"),
            KmsUri = RequiredText(e, "KmsUri"),
            Issuer = OptionalText(e, "Issuer"),
            ValidFrom = OptionalDateTime(e, "ValidFrom"),
            ValidTo = OptionalDateTime(e, "ValidTo"),
            Revoked = OptionalBool(e, "Revoked"),
            UserIdFormat = RequiredText(e, "UserIdFormat"),
            UserKeyPeriod = RequiredULong(e, "UserKeyPeriod"),
            UserKeyOffset = RequiredULong(e, "UserKeyOffset"),
            PubEncKey = KmsValue.Decode(RequiredText(e, "PubEncKey"), "PubEncKey"),
            PubAuthKey = KmsValue.Decode(RequiredText(e, "PubAuthKey"), "PubAuthKey"),
            ParameterSet = OptionalText(e, "ParameterSet") is string p ? (int)RequiredULong(e, "ParameterSet") : null,
        };

        private static KmsKeySet ParseKeySet(XmlElement e, byte[] trk)
        {
            var set = new KmsKeySet
            {
                Id = Attribute(e, "Id"),
                Version = Attribute(e, "Version"),
                KmsUri = RequiredText(e, "KmsUri"),
                CertUri = OptionalText(e, "CertUri"),
                Issuer = OptionalText(e, "Issuer"),
                UserUri = RequiredText(e, "UserUri"),
                UserId = KmsValue.Decode(RequiredText(e, "UserID"), "UserID"),
                ValidFrom = OptionalDateTime(e, "ValidFrom"),
                ValidTo = OptionalDateTime(e, "ValidTo"),
                KeyPeriodNo = RequiredULong(e, "KeyPeriodNo"),
                Revoked = OptionalBool(e, "Revoked"),
            };
            try
            {
                set.UserDecryptKey = KeyContent.Read(Required(e, "UserDecryptKey"), trk, out bool w1);
                set.UserSigningKeySsk = KeyContent.Read(Required(e, "UserSigningKeySSK"), trk, out bool w2);
                set.UserPubTokenPvt = KeyContent.Read(Required(e, "UserPubTokenPVT"), trk, out bool w3);
                set.KeysWereWrapped = w1 && w2 && w3;
            }
            catch
            {
                set.Wipe();
                throw;
            }
            return set;
        }

        /// <summary>KmsInitTkIkType / KmsKeyProvTkIkType: NewTransportKey and NewIntegrityKey, wrapped under the current TrK.</summary>
        private static void ParseKeyUpdates(XmlElement message, byte[] trk, KmsResponse r)
        {
            r.NewTransportKey = KeyUpdate(message, "NewTransportKey", trk);
            r.NewIntegrityKey = KeyUpdate(message, "NewIntegrityKey", trk);
        }

        private static byte[] KeyUpdate(XmlElement message, string name, byte[] trk)
        {
            List<XmlElement> all = Children(message, name);
            if (all.Count == 0) return null;
            if (all.Count > 1) throw new KmsXmlException(KmsXmlCheck.Format, message.LocalName + " has " + all.Count + " " + name + " elements");
            byte[] key = KeyContent.Read(all[0], trk, out bool wrapped);
            if (!wrapped) throw new KmsXmlException(KmsXmlCheck.Format, name + " must be wrapped (EncKeyContentType)");
            return key;
        }
    }
}
