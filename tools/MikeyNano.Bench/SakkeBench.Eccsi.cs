using System.Collections.Generic;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Entropy;
using MikeyNano.Curves;
using MikeyNano.HostPlatform;

namespace MikeyNano.Bench
{
    public sealed partial class SakkeBench
    {
        private const string Ksak = "012345";
        private static int _kpakTableBytes;

        /// <summary>ECCSI sign (with the RFC's j, and as <see cref="EccsiSigner.Sign(byte[], IRandomSource)"/> draws it),
        /// verify (plain and with the KPAK table) and SSK validation on RFC 6507 Appendix A keys.</summary>
        private static IEnumerable<string> EccsiRows()
        {
            var kms = new EccsiKms(Hex.Decode(Ksak));
            byte[] id = Hex.Decode(B), kpak = kms.Kpak;
            byte[] ssk = kms.IssueWith(id, Hex.Decode("023456"), out byte[] pvt);
            var signer = new EccsiSigner(kpak, id, ssk, pvt);
            byte[] m = new byte[600];
            byte[] j = Hex.Decode("034567");
            byte[] sig = signer.SignWith(m, 0, m.Length, j);
            var plain = new EccsiVerifier(kpak, false);
            var fast = new EccsiVerifier(kpak, true);
            _kpakTableBytes = fast.TableMemoryBytes;
            var rows = new List<string>();
            var s = Time("eccsi sign", () => signer.SignWith(m, 0, m.Length, j));
            rows.Add(Row("ECCSI sign (600-octet message)", "G table (shared), given j (SignWith)", s, Count(() => signer.SignWith(m, 0, m.Length, j)), "<= 0.2 ms"));
            var rng = SystemRandomSource.Instance;
            var sr = Time("eccsi sign rng", () => signer.Sign(m, rng));
            rows.Add(Row("ECCSI sign (600-octet message)", "G table (shared), j from Sign (RNG: RandomNumberGenerator)", sr, Count(() => signer.Sign(m, rng)), "<= 0.2 ms"));
            byte[] hs = signer.Hs, z = new byte[32];
            var nonce = Time("eccsi hedged j", () => new MikeyNano.Ecc.Rfc6979Nonce(ssk, EccsiHashes.HsM(hs, m, 0, m.Length), z).Next());
            rows.Add(Row("ECCSI hedged j alone (in Sign)", "SHA-256 of HS and M, then RFC 6979 HMAC-DRBG with Z", nonce, Count(() => new MikeyNano.Ecc.Rfc6979Nonce(ssk, EccsiHashes.HsM(hs, m, 0, m.Length), z).Next()), ""));
            foreach (var (path, v) in new[] { ("plain (no KPAK table)", plain), ("KPAK table", fast) })
            {
                var t = Time("eccsi verify " + path, () => v.Verify(m, 0, m.Length, sig, 0, id));
                rows.Add(Row("ECCSI verify (600-octet message)", path, t, Count(() => v.Verify(m, 0, m.Length, sig, 0, id)), "<= 0.8 ms"));
            }
            var val = Time("eccsi ssk validation", () => new EccsiSigner(kpak, id, ssk, pvt));
            rows.Add(Row("ECCSI SSK/PVT validation (signer set-up)", "plain", val, Count(() => new EccsiSigner(kpak, id, ssk, pvt)), "once per key period"));
            var tb = Measure.Run("kpak table", () => new EccsiVerifier(kpak, true), batches: 3, batchMs: 100);
            rows.Add(Row("ECCSI verifier set-up", "building the KPAK table", tb, Count(() => new EccsiVerifier(kpak, true)), "once per key period"));
            return rows;
        }

        internal static IEnumerable<string> EccsiRowsForGroup() => EccsiRows();

        private static string EccsiMemory() =>
            $", ECCSI KPAK table {_kpakTableBytes:N0} octets (G's table, {P256.BaseTable.MemoryBytes:N0} octets, is shared by the library)";
    }
}
