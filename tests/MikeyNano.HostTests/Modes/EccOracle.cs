using System;
using System.Linq;
using System.Security.Cryptography;
using MikeyNano.Tests.Modes;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>The ECC modes' primitives written on .NET's ECDiffieHellman, ECDsa, SHA-256 and HMAC (OpenSSL),
    /// independent of the device code: ECIES as the profile fixes SEC 1 v2 section 5.1 (profile 4.1), ECDSA P-256 r || s
    /// over SHA-256 (profile 3.7), and the fixture keys as .NET keys.</summary>
    public static class EccOracle
    {
        public static ECParameters Parameters(string privateHex) => ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            D = Convert.FromHexString(privateHex),
        }).ExportParameters(true);

        public static ECDiffieHellman Dh(ECParameters p) => ECDiffieHellman.Create(p);

        public static ECDsa Dsa(string privateHex) => ECDsa.Create(Parameters(privateHex));

        public static ECDiffieHellmanPublicKey PublicKeyOf(byte[] uncompressed) => ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = uncompressed[1..33], Y = uncompressed[33..65] },
        }).PublicKey;

        public static byte[] Uncompressed(ECParameters p) => [4, .. p.Q.X, .. p.Q.Y];

        /// <summary>KK = SHA-256(Z || counter || R) for counters 1, 2, ... (ANSI X9.63, SharedInfo1 = R), cut to length.</summary>
        public static byte[] Kdf(byte[] z, byte[] r, int length)
        {
            byte[] kk = [];
            for (uint c = 1; kk.Length < length; c++) kk = [.. kk, .. SHA256.HashData([.. z, .. PskOracle.BE32(c), .. r])];
            return kk[..length];
        }

        /// <summary>R || (envKey XOR KK[0:L]) || HMAC-SHA-256(KK[L:L+32], C)[0:16] with a fresh .NET ephemeral key.</summary>
        public static byte[] EciesEncrypt(byte[] recipientUncompressed, byte[] envKey)
        {
            using ECDiffieHellman k = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            byte[] r = Uncompressed(k.ExportParameters(false));
            byte[] kk = Kdf(k.DeriveRawSecretAgreement(PublicKeyOf(recipientUncompressed)), r, envKey.Length + 32);
            byte[] c = envKey.Select((b, i) => (byte)(b ^ kk[i])).ToArray();
            return [.. r, .. c, .. HMACSHA256.HashData(kk[envKey.Length..], c)[..16]];
        }

        /// <summary>The envelope key of R || C || tag under the recipient's key, or null when the tag does not verify.</summary>
        public static byte[] EciesDecrypt(ECDiffieHellman recipient, byte[] data)
        {
            int l = data.Length - 81;
            byte[] r = data[..65], c = data[65..(65 + l)];
            byte[] kk = Kdf(recipient.DeriveRawSecretAgreement(PublicKeyOf(r)), r, l + 32);
            if (!HMACSHA256.HashData(kk[l..], c)[..16].SequenceEqual(data[(65 + l)..])) return null;
            return c.Select((b, i) => (byte)(b ^ kk[i])).ToArray();
        }

        /// <summary>Whether the 64-octet r || s ends <paramref name="message"/> as .NET's ECDSA signature of everything from the
        /// HDR through the SIGN header (profile 3.7) under <paramref name="signer"/>.</summary>
        public static bool SignatureVerifies(byte[] message, ECDsa signer) =>
            message[^66] == 0xC0 && message[^65] == 0x40
            && signer.VerifyData(message[..^64], message[^64..], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        public static ECDsa Alice => Dsa(EccFixtures.AlicePrivate);
        public static ECDsa Bob => Dsa(EccFixtures.BobPrivate);
    }
}
