using System.Collections.Generic;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Mikey;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>
    /// Wireshark's MIKEY dissector (tshark) as an independent decoder: our messages (built from the model, and the real
    /// vectors) are written into a pcap as UDP datagrams to port 2269; tshark must report no malformed packet and no
    /// error-level expert item, and the fields it shows must equal ours: payload sequence, data type, V, PRF func,
    /// CSB ID, #CS, map type, SRTP-ID entries, T type, RAND length, ID/IDR roles, SP numbers, SIGN type and length,
    /// SAKKE params, ID scheme and length, General Extension type.
    /// Wireshark 4.0 does not know the GENERIC-ID map (type 2, RFC 6043): for the two 3GPP messages that use it we
    /// compare the HDR fields before the map, and dissect the same payloads again behind an empty map (type 1).
    /// </summary>
    [TestClass]
    public class TsharkMikeyTests
    {
        internal static readonly Dictionary<string, int> PayloadTypeByField = new()
        {
            ["mikey.kemac"] = 1, ["mikey.pke"] = 2, ["mikey.dh"] = 3, ["mikey.sign"] = 4, ["mikey.t"] = 5, ["mikey.id"] = 6,
            ["mikey.cert"] = 7, ["mikey.chash"] = 8, ["mikey.v"] = 9, ["mikey.sp"] = 10, ["mikey.rand"] = 11, ["mikey.err"] = 12,
            ["mikey.idr"] = 14, ["mikey.ext"] = 21, ["mikey.sakke"] = 26
        };

        private static MikeyMessage WithEmptyMap(MikeyMessage m)
        {
            HeaderPayload h = m.Header;
            var copy = new MikeyMessage(HeaderPayload.WithEmptyMap(h.DataType, h.VerificationRequested, h.PrfFunc, h.CsbId, 0));
            for (int i = 0; i < m.PayloadCount; i++) copy.Add(m.GetPayload(i));
            copy.Encode();
            return copy;
        }

        internal static void AssertHeaderAgrees(MikeyMessage m, Dissection d, string what)
        {
            HeaderPayload h = m.Header;
            Assert.AreEqual("1", d.Value("mikey.version"), what + ": version");
            Assert.AreEqual(h.DataType.ToString(), d.Value("mikey.type"), what + ": data type");
            Assert.AreEqual(h.VerificationRequested ? "1" : "0", d.Value("mikey.v.set"), what + ": V");
            Assert.AreEqual(h.PrfFunc.ToString(), d.Value("mikey.prf_func"), what + ": PRF func");
            Assert.AreEqual("0x" + h.CsbId.ToString("x8"), d.Value("mikey.csb_id"), what + ": CSB ID");
            Assert.AreEqual(h.CsCount.ToString(), d.Value("mikey.cs_count"), what + ": #CS");
            Assert.AreEqual(h.MapType.ToString(), d.Value("mikey.cs_id_map_type"), what + ": map type");
        }

        internal static void AssertAgrees(MikeyMessage m, Dissection d, string what)
        {
            Assert.IsNotNull(d.Mikey, what + ": tshark did not dissect MIKEY");
            Assert.AreEqual("", string.Join("; ", d.Problems), what + ": tshark problems");
            AssertHeaderAgrees(m, d, what);
            HeaderPayload h = m.Header;
            if (h.SrtpEntries != null)
            {
                List<string> ids = d.Values("mikey.srtp_id.ssrc");
                Assert.AreEqual(h.SrtpEntries.Length, d.Mikey.Descendants("field").Count(f => (string)f.Attribute("name") == "mikey.srtp_id"), what + ": SRTP-ID entries");
                for (int i = 0; i < ids.Count; i++) Assert.AreEqual(h.SrtpEntries[i].Ssrc, System.Convert.ToUInt32(ids[i], 16), what + ": SSRC " + i);
            }
            List<int> theirs = d.PayloadNames.Skip(1).Select(n => PayloadTypeByField.TryGetValue(n, out int t) ? t : -1).ToList();
            List<int> ours = Enumerable.Range(0, m.PayloadCount).Select(i => m.GetPayload(i).PayloadType).ToList();
            Assert.AreEqual("mikey.hdr", d.PayloadNames.FirstOrDefault(), what + ": first payload");
            CollectionAssert.AreEqual(ours, theirs, what + ": payload types in order (tshark: " + string.Join(",", d.PayloadNames) + ")");

            var ts = Of<TimestampPayload>(m);
            CollectionAssert.AreEqual(ts.Select(t => t.TsType.ToString()).ToList(), d.Values("mikey.t.ts_type"), what + ": TS types");
            CollectionAssert.AreEqual(Of<RandPayload>(m).Select(r => r.Rand.Length.ToString()).ToList(), d.Values("mikey.rand.len"), what + ": RAND len");
            CollectionAssert.AreEqual(Of<IdrPayload>(m).Select(r => r.Role.ToString()).ToList(), d.Values("mikey.id.role"), what + ": IDR roles");
            var idTypes = Enumerable.Range(0, m.PayloadCount).Select(m.GetPayload)
                .Select(p => p is IdPayload id ? id.IdType.ToString() : p is IdrPayload idr ? idr.IdType.ToString() : null).Where(s => s != null).ToList();
            CollectionAssert.AreEqual(idTypes, d.Values("mikey.id.type"), what + ": ID types");
            CollectionAssert.AreEqual(Of<SecurityPolicyPayload>(m).Select(s => s.PolicyNo.ToString()).ToList(), d.Values("mikey.sp.no"), what + ": SP numbers");
            CollectionAssert.AreEqual(Of<SecurityPolicyPayload>(m).Select(s => s.ProtType.ToString()).ToList(), d.Values("mikey.sp.proto_type"), what + ": SP prot types");
            CollectionAssert.AreEqual(Of<SignaturePayload>(m).Select(s => s.SType.ToString()).ToList(), d.Values("mikey.sign.type"), what + ": SIGN type");
            CollectionAssert.AreEqual(Of<SignaturePayload>(m).Select(s => s.Signature.Length.ToString()).ToList(), d.Values("mikey.sign.len"), what + ": SIGN len");
            CollectionAssert.AreEqual(Of<SakkePayload>(m).Select(s => s.Params.ToString()).ToList(), d.Values("mikey.sakke.params"), what + ": SAKKE params");
            CollectionAssert.AreEqual(Of<SakkePayload>(m).Select(s => s.IdScheme.ToString()).ToList(), d.Values("mikey.sakke.idscheme"), what + ": SAKKE ID scheme");
            CollectionAssert.AreEqual(Of<SakkePayload>(m).Select(s => s.Data.Length.ToString()).ToList(), d.Values("mikey.sakke.len"), what + ": SAKKE length");
            CollectionAssert.AreEqual(Of<GeneralExtensionPayload>(m).Select(s => s.ExtensionType.ToString()).ToList(), d.Values("mikey.ext.type"), what + ": extension type");
            CollectionAssert.AreEqual(Of<ErrorPayload>(m).Select(s => s.ErrorNo.ToString()).ToList(), d.Values("mikey.err.no"), what + ": error no");
        }

        private static List<T> Of<T>(MikeyMessage m) where T : MikeyPayload =>
            Enumerable.Range(0, m.PayloadCount).Select(m.GetPayload).OfType<T>().ToList();

        [TestMethod]
        public void VectorMessagesAgreeWithTshark()
        {
            var messages = new List<MikeyMessage>();
            var names = new List<string>();
            string[] vectorNames = { "GMK", "CSK", "PCK", "legacy GMK", "gortsplib MIKEY-NULL", "ONVIF MIKEY-NULL" };
            for (int i = 0; i < vectorNames.Length; i++)
            {
                MikeyMessage m = MikeyMessage.Parse(Hex.Decode(SampleMessages.VectorHex[i]));
                if (m.Header.MapType == HeaderPayload.MapGenericId)
                {
                    messages.Add(m); names.Add(vectorNames[i] + " (GENERIC-ID, HDR only)");
                    m = WithEmptyMap(m); names.Add(vectorNames[i] + " behind an empty map");
                }
                else names.Add(vectorNames[i]);
                messages.Add(m);
            }
            List<Dissection> ds = Tshark.Dissect(messages.Select(m => m.Encoded).ToList());
            for (int i = 0; i < messages.Count; i++)
            {
                if (names[i].Contains("HDR only")) AssertHeaderAgrees(messages[i], ds[i], names[i]);
                else AssertAgrees(messages[i], ds[i], names[i]);
            }
        }

        [TestMethod]
        public void ModelBuiltMessagesAgreeWithTshark()
        {
            MikeyMessage[] built = SampleMessages.Built();
            string[] names = { "PSK", "PK", "DH", "PSK verification", "Error", "RFC 6509 SAKKE" };
            List<Dissection> ds = Tshark.Dissect(built.Select(m => m.Encode()).ToList());
            for (int i = 0; i < built.Length; i++) AssertAgrees(built[i], ds[i], names[i]);
        }

        /// <summary>I_MESSAGEs built and signed by our MIKEY-SAKKE initiator (RFC 6509 profile with an SRTP-ID map and
        /// two policies; 3GPP profile with UIDs and a GENERIC-ID map, compared behind an empty map) agree with tshark.</summary>
        [TestMethod]
        public void InitiatorMessagesAgreeWithTshark()
        {
            var rng = new MikeyNano.Tests.Support.CounterRandomSource(2269);
            var sakke = MikeyNano.Sakke.SakkeKms.Generate(rng);
            var eccsi = MikeyNano.Eccsi.EccsiKms.Generate(rng);
            var kms = new MikeyNano.Mikey.SakkeMode.KmsPublicKeys("kms.example.org", sakke.PublicKey, eccsi.Kpak, 2592000, 0);
            const ulong now = 0xed000000;
            var built = new List<MikeyMessage>();
            var names = new List<string>();
            foreach (int scheme in new[] { MikeyNano.Mikey.SakkeMode.IdentityScheme.TelUriMonthly, MikeyNano.Mikey.SakkeMode.IdentityScheme.Uid3gpp })
            {
                byte[] id = MikeyNano.Mikey.SakkeMode.IdentityScheme.Identifier(scheme, "sip:alice@example.org", kms, now);
                byte[] ssk = eccsi.Issue(id, rng, out byte[] pvt);
                var alice = scheme == MikeyNano.Mikey.SakkeMode.IdentityScheme.TelUriMonthly
                    ? new MikeyNano.Mikey.SakkeMode.UserKeyMaterial("sip:alice@example.org", id, kms, sakke.IssueRsk(id), ssk, pvt, false)
                    : new MikeyNano.Mikey.SakkeMode.UserKeyMaterial("sip:alice@example.org", id, kms, now / 2592000, sakke.IssueRsk(id), ssk, pvt, false);
                var offer = new MikeyNano.Mikey.SakkeMode.CallOffer("sip:bob@example.org", kms) { IdScheme = scheme };
                if (scheme == MikeyNano.Mikey.SakkeMode.IdentityScheme.TelUriMonthly)
                {
                    offer.PrfFunc = 0;
                    offer.SrtpSessions = new[] { new SrtpCsEntry(0, 0x01020304, 0), new SrtpCsEntry(1, 0x05060708, 9) };
                    offer.Policies = new[] { MikeyNano.Srtp.SrtpContextFactory.PayloadOf(0, MikeyNano.Srtp.SrtpPolicy.AesCm128HmacSha1_80()),
                                             MikeyNano.Srtp.SrtpContextFactory.PayloadOf(1, MikeyNano.Srtp.SrtpPolicy.AeadAes128Gcm()) };
                }
                else
                {
                    offer.GenericSessions = new[] { new GenericCsEntry(4, 0, false, new byte[] { 0 }, new byte[0], Hex.Decode("0df9bc3906a12aea")) };
                    offer.Policies = new[] { MikeyNano.Srtp.SrtpContextFactory.PayloadOf(0, MikeyNano.Srtp.SrtpPolicy.AeadAes128Gcm()) };
                }
                MikeyMessage m = new MikeyNano.Mikey.SakkeMode.SakkeInitiator(alice, rng).CreateIMessage(offer, now).Parsed;
                if (m.Header.MapType == HeaderPayload.MapGenericId)
                {
                    built.Add(m); names.Add("3GPP initiator (GENERIC-ID, HDR only)");
                    built.Add(WithEmptyMap(m)); names.Add("3GPP initiator behind an empty map");
                }
                else { built.Add(m); names.Add("RFC 6509 initiator"); }
            }
            List<Dissection> ds = Tshark.Dissect(built.Select(m => m.Encoded).ToList());
            for (int i = 0; i < built.Count; i++)
            {
                if (names[i].Contains("HDR only")) AssertHeaderAgrees(built[i], ds[i], names[i]);
                else AssertAgrees(built[i], ds[i], names[i]);
            }
        }
    }
}
