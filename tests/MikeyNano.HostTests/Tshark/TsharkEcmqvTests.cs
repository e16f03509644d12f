using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.HostTests.Certificates;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>
    /// Every MIKEY-ECMQV message our endpoints send (I_MESSAGE with and without CERTi, R_MESSAGE, error message; PRF
    /// func 0 and 1) dissected by tshark without malformed-packet or error-level expert items. Wireshark 4.0 shows the
    /// non-standard data types 242/243 as "Unknown" and stops, without a malformed mark, at the first DH payload, whose
    /// group 240 it does not know (profile section 9): so the fields of TsharkMikeyTests are compared for the payloads
    /// up to and including that DH, and the CERT fields (type, length, the DER octets) and the error number in full.
    /// </summary>
    [TestClass]
    public class TsharkEcmqvTests
    {
        /// <summary>The message's HDR and payloads up to and including the first DH: what tshark 4.0 dissects of it (the DH's group and value are ours alone: tshark stops at group 240).</summary>
        private static MikeyMessage ThroughFirstDh(MikeyMessage m)
        {
            var prefix = new MikeyMessage(m.Header);
            for (int i = 0; i < m.PayloadCount; i++)
            {
                prefix.Add(m.GetPayload(i));
                if (m.GetPayload(i).PayloadType == MikeyPayloadType.Dh) break;
            }
            return prefix;
        }

        [TestMethod]
        public void EcmqvMessagesAgreeWithTshark()
        {
            var messages = new List<(string Name, MikeyMessage M)>();
            var ca = TestCertificates.NewIssuer();
            using var aliceKey = TestCertificates.KeyOf(Hex.Decode(EcmqvFixtures.AliceKeyHex));
            byte[] cert = TestCertificates.Issue(ca, aliceKey, EcmqvFixtures.AliceUri, X509KeyUsageFlags.KeyAgreement);
            foreach (int prf in new[] { 0, 1 })
            {
                EcmqvEndpoint alice = prf == 0 ? EcmqvFixtures.Alice(31)
                    : new EcmqvEndpoint(EcmqvFixtures.Key(EcmqvFixtures.AliceKeyHex), EcmqvFixtures.AliceUri, cert, EcmqvFixtures.Directory(), new CounterRandomSource(31), ModeFixtures.NewReplayCache());
                MikeyCall offered = alice.Offer(EcmqvFixtures.ToBob(prf), ModeFixtures.Now);
                EcmqvEndpoint bob = EcmqvFixtures.Bob(32);
                messages.Add(($"ECMQV I_MESSAGE, PRF {prf}{(prf == 1 ? ", CERTi" : "")}", offered.Message));
                if (prf == 0) messages.Add(("ECMQV R_MESSAGE, PRF 0", MikeyMessage.Parse(bob.Answer(offered.IMessage, ModeFixtures.Now).RMessage)));
                else messages.Add(("ECMQV R_MESSAGE, PRF 1", MikeyMessage.Parse(EcmqvFixtures.Bob(33).Answer(EcmqvFixtures.Alice(34).Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now).IMessage, ModeFixtures.Now).RMessage)));
                byte[] err = bob.ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.InvalidCert, "test"), ModeFixtures.Now);
                messages.Add(($"ECMQV error message, PRF {prf}", MikeyMessage.Parse(err)));
            }

            List<Dissection> ds = Tshark.Dissect(messages.Select(x => x.M.Encoded).ToList());
            for (int i = 0; i < messages.Count; i++)
            {
                var (name, m) = messages[i];
                Dissection d = ds[i];
                TsharkMikeyTests.AssertAgrees(ThroughFirstDh(m), d, name);
                int dh = Enumerable.Range(0, m.PayloadCount).FirstOrDefault(k => m.GetPayload(k).PayloadType == MikeyPayloadType.Dh, -1);
                if (dh >= 0) // tshark shows the DH payload's next-payload field, then stops at the unknown group
                    Assert.AreEqual((dh + 1 < m.PayloadCount ? m.GetPayload(dh + 1).PayloadType : 0).ToString(), d.Values("mikey.next_payload").Last(), name + ": DH next payload");
                CertPayload c = (CertPayload)m.Find(MikeyPayloadType.Cert);
                if (c != null)
                {
                    Assert.AreEqual("0", d.Value("mikey.cert.type"), name + ": cert type");
                    // Wireshark 4.0 reads the 16-bit Cert len into an 8-bit field and shows its first octet (1 for our 371);
                    // the certificate it shows after it is the whole DER, so it does use both octets.
                    Assert.AreEqual((c.Data.Length >> 8).ToString(), d.Value("mikey.cert.len"), name + ": cert len, first octet");
                    Assert.AreEqual(Hex.Encode(c.Data), d.Value("mikey.cert.data").Replace(":", ""), name + ": certificate");
                }
                if (m.Header.DataType == MikeyDataType.Error) Assert.AreEqual("8", d.Value("mikey.err.no"), name + ": error no");
            }
            Assert.AreEqual(6, ds.Count);
        }
    }
}
