using System;
using System.Text;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>
    /// Differential tests of the device UTF-8 codec (MikeyNano.Bytes.Utf8) against .NET's strict
    /// <c>new UTF8Encoding(false, true)</c>: on random strings (every UTF-16 shape, lone surrogates included) and random
    /// octet strings (random, mutated valid UTF-8, and dense boundary sequences), both must accept the same inputs and
    /// give the same result. One deliberate difference: our decoder refuses a 00 octet (a nanoFramework string cannot
    /// hold U+0000), which .NET accepts. Seeded (seed in every failure; MIKEYNANO_SEED replays another run).
    /// </summary>
    [TestClass]
    public class Utf8OracleTests
    {
        private const int Runs = 100_000;
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        [TestMethod]
        public void EncodeAgreesWithDotNetOnRandomStrings()
        {
            int seed = OracleRandom.Seed(3629);
            var rng = new Random(seed);
            int refused = 0;
            for (int run = 0; run < Runs; run++)
            {
                string s = RandomString(rng);
                byte[] expected = null;
                try { expected = Strict.GetBytes(s); } catch (EncoderFallbackException) { }
                byte[] actual = null;
                try { actual = Utf8.Encode(s); } catch (InvalidEncodingException) { }
                string what = $"seed {seed} run {run}: UTF-16 {Units(s)}";
                Assert.AreEqual(expected == null, actual == null, what + (expected == null ? " .NET refuses, we accept" : " .NET accepts, we refuse"));
                if (expected == null) { refused++; continue; }
                CollectionAssert.AreEqual(expected, actual, what);
            }
            Assert.IsTrue(refused > Runs / 20 && refused < Runs / 2, $"the generator should give both kinds of input: {refused} refused");
        }

        [TestMethod]
        public void DecodeAgreesWithDotNetOnRandomOctets()
        {
            int seed = OracleRandom.Seed(3630);
            var rng = new Random(seed);
            int refused = 0, zero = 0;
            for (int run = 0; run < Runs; run++)
            {
                byte[] b = RandomOctets(rng);
                string expected = null;
                try { expected = Strict.GetString(b); } catch (DecoderFallbackException) { }
                string actual = null, message = null;
                try { actual = Utf8.Decode(b); } catch (InvalidEncodingException e) { message = e.Message; }
                string what = $"seed {seed} run {run}: octets {Convert.ToHexString(b)}";
                if (expected != null && Array.IndexOf(b, (byte)0) >= 0)
                {
                    // The one deliberate difference: valid UTF-8 holding U+0000 stays octets.
                    zero++;
                    Assert.IsNull(actual, what + ": a 00 octet must be refused");
                    StringAssert.Contains(message, "00 (U+0000)", what);
                    continue;
                }
                Assert.AreEqual(expected == null, actual == null, what + (expected == null ? " .NET refuses, we accept" : " .NET accepts, we refuse: " + message));
                if (expected == null) { refused++; continue; }
                Assert.AreEqual(expected, actual, what);
            }
            Assert.IsTrue(refused > Runs / 10 && Runs - refused - zero > Runs / 10 && zero > 100,
                          $"the generator should give every kind of input: {refused} refused, {zero} with 00");
        }

        [TestMethod]
        public void EncodeRefusesLoneSurrogates()
        {
            foreach (string s in new[] { "\uD800", "a\uDBFFb", "\uDC00", "x\uDFFF", "\uDC00\uD800", "\uD83D\uD83D\uDE00", "\uD83D" })
            {
                Assert.ThrowsExactly<EncoderFallbackException>(() => Strict.GetBytes(s), Units(s));
                var e = Assert.ThrowsExactly<InvalidEncodingException>(() => Utf8.Encode(s), Units(s));
                StringAssert.Contains(e.Message, "lone surrogate");
            }
            CollectionAssert.AreEqual(Convert.FromHexString("F09F9880"), Utf8.Encode("\uD83D\uDE00"));
        }

        // Code units drawn by kind: ASCII (U+0000 now and then), two- and three-octet characters, pairs, lone halves.
        private static string RandomString(Random rng)
        {
            int n = rng.Next(0, 24);
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                int k = rng.Next(100);
                if (k < 40) sb.Append((char)rng.Next(0, 0x80));
                else if (k < 55) sb.Append((char)rng.Next(0x80, 0x800));
                else if (k < 75) sb.Append((char)Pick(rng, rng.Next(0x800, 0xD800), rng.Next(0xE000, 0x10000)));
                else if (k < 98) sb.Append(char.ConvertFromUtf32(rng.Next(0x10000, 0x110000)));
                else sb.Append((char)rng.Next(0xD800, 0xE000)); // a lone surrogate, unless it happens to pair
            }
            return sb.ToString();
        }

        private static int Pick(Random rng, int a, int b) => rng.Next(2) == 0 ? a : b;

        // A third pure noise, a third valid UTF-8 with one mutation, a third built from the octets where the RFC 3629
        // ranges change (every lead octet; continuation boundaries 7F/80, 8F/90, 9F/A0, BF/C0).
        private static byte[] RandomOctets(Random rng)
        {
            int kind = rng.Next(3);
            if (kind == 0)
            {
                var b = new byte[rng.Next(0, 10)];
                rng.NextBytes(b);
                return b;
            }
            if (kind == 1)
            {
                string s = RandomString(rng).Replace("\0", "");
                byte[] b;
                try { b = Strict.GetBytes(s); } catch (EncoderFallbackException) { b = Strict.GetBytes("\u00E9\u20AC"); }
                return Mutate(rng, b);
            }
            byte[] interesting = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                   0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF };
            byte[] continuation = { 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF };
            var o = new byte[rng.Next(1, 9)];
            for (int i = 0; i < o.Length; i++)
                o[i] = rng.Next(3) == 0 ? interesting[rng.Next(interesting.Length)] : continuation[rng.Next(continuation.Length)];
            return o;
        }

        private static byte[] Mutate(Random rng, byte[] b)
        {
            if (b.Length == 0 || rng.Next(4) == 0) return b; // some stay valid
            var m = (byte[])b.Clone();
            int at = rng.Next(m.Length);
            switch (rng.Next(4))
            {
                case 0: m[at] ^= (byte)(1 << rng.Next(8)); return m;
                case 1: return m[..at];                                // truncate
                case 2: m[at] = (byte)rng.Next(0x80, 0xC0); return m; // a stray continuation
                default: m[at] = 0; return m;                          // a zero octet
            }
        }

        private static string Units(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
            return sb.ToString().TrimEnd();
        }
    }
}
