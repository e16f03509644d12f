using System.Collections.Generic;
using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Mikey;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>Messages for the independent-decoder and mutation tests: the real vectors plus messages built from our
    /// model that together use every payload type.</summary>
    public static class SampleMessages
    {
        public static byte[] Bytes(int n, int seed)
        {
            var b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = (byte)(seed + 31 * i);
            return b;
        }

        private static SrtpCsEntry[] OneStream() => new[] { new SrtpCsEntry(0, 0x11223344, 0) };

        private static SecurityPolicyPayload SrtpPolicy(int no) => new SecurityPolicyPayload(no, 0, new[]
        {
            new SecurityPolicyParam(0, new byte[] { 1 }), new SecurityPolicyParam(1, new byte[] { 16 }),
            new SecurityPolicyParam(2, new byte[] { 1 }), new SecurityPolicyParam(3, new byte[] { 20 }),
            new SecurityPolicyParam(4, new byte[] { 14 }), new SecurityPolicyParam(11, new byte[] { 10 })
        });

        /// <summary>PSK I_MESSAGE (RFC 3830 3.1): HDR, T, RAND, IDi, IDr, SP, KEMAC (NULL encryption, HMAC-SHA-1 MAC).</summary>
        public static MikeyMessage Psk()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, true, 0, 0x0a0b0c0d, OneStream()));
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, 0xec898da812345678UL));
            m.Add(new RandPayload(Bytes(16, 1)));
            m.Add(new IdPayload(IdPayload.Uri, System.Text.Encoding.ASCII.GetBytes("sip:alice@example.org")));
            m.Add(new IdPayload(IdPayload.Nai, System.Text.Encoding.ASCII.GetBytes("bob@example.org")));
            m.Add(SrtpPolicy(0));
            m.Add(KemacPayload.WithPlainKeyData(new[]
            {
                new KeyDataPayload(KeyDataPayload.TypeTekSalt, Bytes(16, 2), Bytes(14, 3), KeyDataPayload.KvSpi, Bytes(4, 4), null)
            }, KemacPayload.MacHmacSha1, Bytes(20, 5)));
            return m;
        }

        /// <summary>PK I_MESSAGE (RFC 3830 3.2): HDR, T, RAND, CERT, IDr, SP, PKE, KEMAC, SIGN (RSA). (CHASH is in
        /// <see cref="Error"/>: Wireshark 4.0 stops dissecting at a CHASH, so it must be last for the comparison.)</summary>
        public static MikeyMessage PublicKey()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PublicKey, false, 0, 0x01020304, OneStream()));
            m.Add(new TimestampPayload(TimestampPayload.Ntp, 0xec898da800000001UL));
            m.Add(new RandPayload(Bytes(20, 6)));
            m.Add(new CertPayload(0, SelfSignedCertificate()));
            m.Add(new IdPayload(IdPayload.Uri, System.Text.Encoding.ASCII.GetBytes("sip:bob@example.org")));
            m.Add(SrtpPolicy(1));
            m.Add(new PkePayload(1, Bytes(64, 9)));
            m.Add(new KemacPayload(KemacPayload.EncrAesCm128, Bytes(34, 10), KemacPayload.MacHmacSha1, Bytes(20, 11)));
            m.Add(new SignaturePayload(SignaturePayload.RsaPkcs1, Bytes(128, 12)));
            return m;
        }

        /// <summary>A real DER X.509v3 certificate (self-signed P-256), so that tshark's X.509 decoder accepts it.</summary>
        public static byte[] SelfSignedCertificate()
        {
            using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            var req = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=alice.example.org", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
            using var cert = req.CreateSelfSigned(new System.DateTimeOffset(2025, 1, 1, 0, 0, 0, System.TimeSpan.Zero), new System.DateTimeOffset(2035, 1, 1, 0, 0, 0, System.TimeSpan.Zero));
            return cert.RawData;
        }

        /// <summary>DH I_MESSAGE (RFC 3830 3.3): HDR, T, RAND, IDi, DH, SIGN.</summary>
        public static MikeyMessage DiffieHellman()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.DhInit, true, 0, 0x55667788, OneStream()));
            m.Add(new TimestampPayload(TimestampPayload.Counter, 42));
            m.Add(new RandPayload(Bytes(16, 13)));
            m.Add(new IdPayload(IdPayload.Uri, System.Text.Encoding.ASCII.GetBytes("sip:carol@example.org")));
            m.Add(new DhPayload(DhPayload.Oakley2, Bytes(128, 14), 0, 0, null, null));
            m.Add(new SignaturePayload(SignaturePayload.RsaPss, Bytes(128, 15)));
            return m;
        }

        /// <summary>Verification and error messages: HDR, T, V and HDR, T, ERR, General Extension, CHASH.</summary>
        public static MikeyMessage Verification()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PskVerification, false, 0, 0x0a0b0c0d, OneStream()));
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, 0xec898da812345678UL));
            m.Add(new VerificationPayload(KemacPayload.MacHmacSha1, Bytes(20, 16)));
            return m;
        }

        public static MikeyMessage Error()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.Error, false, 0, 0x0a0b0c0d, new SrtpCsEntry[0]));
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, 0xec898da812345678UL));
            m.Add(new ErrorPayload((int)MikeyNano.Errors.MikeyErrorCode.InvalidTs));
            m.Add(new GeneralExtensionPayload(GeneralExtensionPayload.TypeVendorId, System.Text.Encoding.ASCII.GetBytes("MikeyNano")));
            m.Add(new ChashPayload(ChashPayload.Sha1, Bytes(20, 8)));
            return m;
        }

        /// <summary>RFC 6509 MIKEY-SAKKE I_MESSAGE (ID scheme 1, PRF func 0): HDR, T, RAND, IDRi, IDRr, IDRkmsi, IDRkmsr,
        /// SP, SAKKE, SIGN (ECCSI-shaped: 129 octets).</summary>
        public static MikeyMessage Rfc6509Sakke()
        {
            var m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.Sakke, false, 0, 0xdeadbeef, OneStream()));
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, 0xec898da800000000UL));
            m.Add(new RandPayload(Bytes(16, 17)));
            m.Add(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, Hex.Decode("323031312d30320074656c3a2b34343737303039303031323300")));
            m.Add(new IdrPayload(IdrPayload.RoleResponder, IdPayload.Uri, Hex.Decode("323031312d30320074656c3a2b34343737303039303031323300")));
            m.Add(new IdrPayload(IdrPayload.RoleInitiatorKms, IdPayload.Uri, System.Text.Encoding.ASCII.GetBytes("kms.example.org")));
            m.Add(new IdrPayload(IdrPayload.RoleResponderKms, IdPayload.Uri, System.Text.Encoding.ASCII.GetBytes("kms.example.org")));
            m.Add(SrtpPolicy(0));
            m.Add(new SakkePayload(SakkePayload.ParameterSet1, SakkePayload.SchemeTelUriMonthly, Bytes(273, 18)));
            m.Add(new SignaturePayload(SignaturePayload.Eccsi, Bytes(129, 19)));
            return m;
        }

        public static MikeyMessage[] Built() => new[] { Psk(), PublicKey(), DiffieHellman(), Verification(), Error(), Rfc6509Sakke() };

        public static string[] VectorHex => new[]
        {
            Ts33180Vectors.GmkHex, Ts33180Vectors.CskHex, Ts33180Vectors.PckHex, Ts33180Vectors.LegacyGmkHex,
            MikeyNullVectors.GortsplibHex, Hex.Encode(Base64.Decode(MikeyNullVectors.OnvifBase64))
        };

        /// <summary>Every valid sample message, encoded.</summary>
        public static List<byte[]> AllEncoded()
        {
            var list = new List<byte[]>();
            foreach (string h in VectorHex) list.Add(Hex.Decode(h));
            foreach (MikeyMessage m in Built()) list.Add(m.Encode());
            return list;
        }
    }
}
