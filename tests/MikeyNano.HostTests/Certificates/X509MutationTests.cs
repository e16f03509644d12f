using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Certificates;
using MikeyNano.HostTests.Mutation;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Certificates.TestCertificates;

namespace MikeyNano.HostTests.Certificates
{
    /// <summary>
    /// The device's DER/X.509 parser and checker on 100,000 mutants (ResponderMutationTests.Mutate: bit flips,
    /// truncations, edge octets, runs duplicated or removed) of two certificates and on 20,000 random octet strings
    /// that start like a certificate: every refusal is a CertificateException (a typed reason), never another
    /// exception; a mutant that passes the whole check is the original (the issuer's signature covers everything that
    /// is not the signature, and DER leaves the signature one encoding); each call is bounded in time.
    /// </summary>
    [TestClass]
    public class X509MutationTests
    {
        private const double MaxMilliseconds = 100; // a parse is linear in at most 65,535 octets; a check adds one ECDSA verification

        [TestMethod]
        public void TheParserRefusesMutantsWithTypedErrorsInBoundedTime()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[][] originals =
            [
                Issue(ca, alice, "sip:alice@example.org", X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.DigitalSignature),
                Issue(ca, alice, "sip:alice@example.org", null, notAfter: new DateTimeOffset(2060, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    more: r => r.CertificateExtensions.Add(new X509Extension("1.2.3.4", new byte[] { 4, 2, 0, 1 }, false))),
            ];
            var validator = new CertificateValidator();
            validator.AddIssuer(ca.PublicKey, null);
            var rng = new Random(5280);
            var reasons = new Dictionary<int, int>();
            var failures = new List<string>();
            int parsed = 0, accepted = 0;
            double slowest = 0;
            byte[] slowestInput = originals[0];
            for (int i = 0; i < 120_000; i++)
            {
                byte[] original = originals[i % 2];
                byte[] mutant = i < 100_000 ? ResponderMutationTests.Mutate(original, rng) : RandomLike(original, rng);
                long t0 = Stopwatch.GetTimestamp();
                try
                {
                    MikeyNano.Certificates.X509Certificate.Parse(mutant);
                    parsed++;
                    validator.Check(mutant, Inside, 0, null);
                    accepted++;
                    if (!mutant.AsSpan().SequenceEqual(original)) failures.Add("accepted a changed certificate: " + Convert.ToHexString(mutant));
                }
                catch (CertificateException e)
                {
                    reasons[e.Reason] = reasons.GetValueOrDefault(e.Reason) + 1;
                }
                catch (Exception e)
                {
                    if (failures.Count < 5) failures.Add($"{e.GetType().Name}: {e.Message} on {Convert.ToHexString(mutant)}");
                }
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (ms > slowest) { slowest = ms; slowestInput = mutant; }
            }
            Console.WriteLine($"120000 inputs: {parsed} parsed, {accepted} passed the check; slowest {slowest:F2} ms; reasons: "
                + string.Join(", ", reasons.OrderBy(r => r.Key).Select(r => CertificateError.Name(r.Key) + " " + r.Value)));
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
            Assert.IsTrue(reasons.GetValueOrDefault(CertificateError.Malformed) > 50_000, "most mutants break the DER");
            Assert.IsTrue(reasons.GetValueOrDefault(CertificateError.BadSignature) > 1_000, "many mutants parse and fail the signature");
            Assert.IsTrue(slowest < MaxMilliseconds || Retimed(validator, slowestInput) < MaxMilliseconds, $"slowest input took {slowest:F1} ms");
        }

        /// <summary>Random octets behind a certificate's first 4 (SEQUENCE, two-octet length) of random length.</summary>
        private static byte[] RandomLike(byte[] original, Random rng)
        {
            byte[] r = new byte[rng.Next(4, 2 * original.Length)];
            rng.NextBytes(r);
            Array.Copy(original, r, 4);
            return r;
        }

        /// <summary>The best of three timings of one input (a GC pause is not the input's).</summary>
        private static double Retimed(CertificateValidator v, byte[] der)
        {
            double best = double.MaxValue;
            for (int k = 0; k < 3; k++)
            {
                long t0 = Stopwatch.GetTimestamp();
                try { v.Check(der, Inside, 0, null); } catch (CertificateException) { }
                best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            return best;
        }
    }
}
