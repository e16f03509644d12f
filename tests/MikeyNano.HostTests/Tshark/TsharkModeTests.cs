using System.Collections.Generic;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>
    /// Every message of MIKEY-PSK and MIKEY-NULL that our endpoints send (I_MESSAGE, R_MESSAGE, error message) dissected by
    /// tshark without malformed-packet or error-level expert items, with the fields of TsharkMikeyTests and the
    /// KEMAC (Encr alg, MAC alg, MAC), key data (type, KV, key), V (Auth alg, Ver data) and ERR fields equal to ours.
    /// Wireshark 4.0 knows MAC/Auth alg 0 and 1 only: with alg 2 (PRF func 1) it shows the algorithm and stops, without
    /// a malformed mark (profile section 9), so the MAC and Ver data are compared for PRF func 0.
    /// </summary>
    [TestClass]
    public class TsharkModeTests
    {
        private static string HexOf(string show) => show.Replace(":", "").ToLowerInvariant();

        [TestMethod]
        public void PskAndNullMessagesAgreeWithTshark()
        {
            var messages = new List<(string Name, MikeyMessage M)>();
            foreach (int prf in new[] { 0, 1 })
            {
                CallRequest request = ModeFixtures.ThreeStreams(prf, true);
                if (prf == 0) { request.InitiatorUri = "sip:alice@example.org"; request.ResponderUri = "sip:bob@example.org"; }
                MikeyCall offered = ModeFixtures.Psk1(31).Offer(request, ModeFixtures.Now);
                PskEndpoint bob = ModeFixtures.Psk1(32);
                MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now);
                messages.Add(("PSK I_MESSAGE, PRF " + prf, offered.Message));
                messages.Add(("PSK R_MESSAGE, PRF " + prf, MikeyMessage.Parse(answered.RMessage)));
                byte[] err = bob.ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.AuthFailure, "test"), ModeFixtures.Now);
                messages.Add(("error message, PRF " + prf, MikeyMessage.Parse(err)));
            }
            var nullRequest = new CallRequest([new SrtpCsEntry(0, 0x0A0B0C0D, 0), new SrtpCsEntry(0, 0x0E0F1011, 2)])
            {
                Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
            };
            messages.Add(("NULL I_MESSAGE", new NullEndpoint(new CounterRandomSource(33), ModeFixtures.NewReplayCache()).Offer(nullRequest, ModeFixtures.Now).Message));

            List<Dissection> ds = Tshark.Dissect(messages.Select(x => x.M.Encoded).ToList());
            for (int i = 0; i < messages.Count; i++)
            {
                var (name, m) = messages[i];
                Dissection d = ds[i];
                TsharkMikeyTests.AssertAgrees(m, d, name);
                KemacPayload k = m.Kemac;
                if (k != null)
                {
                    Assert.AreEqual(k.EncrAlg.ToString(), d.Value("mikey.kemac.encr_alg"), name + ": Encr alg");
                    Assert.AreEqual(k.MacAlg.ToString(), d.Value("mikey.kemac.mac_alg"), name + ": MAC alg");
                    if (k.MacAlg == KemacPayload.MacHmacSha1) Assert.AreEqual(Hex.Encode(k.Mac), HexOf(d.Value("mikey.kemac.mac")), name + ": MAC");
                    if (k.EncrAlg == KemacPayload.EncrNull)
                    {
                        KeyDataPayload[] items = k.GetKeyData();
                        CollectionAssert.AreEqual(items.Select(x => x.Type.ToString()).ToList(), d.Values("mikey.key.type"), name + ": key types");
                        CollectionAssert.AreEqual(items.Select(x => x.Kv.ToString()).ToList(), d.Values("mikey.key.kv"), name + ": KV");
                        CollectionAssert.AreEqual(items.Select(x => Hex.Encode(x.Key)).ToList(), d.Values("mikey.key.data").Select(HexOf).ToList(), name + ": keys");
                    }
                    else Assert.AreEqual(k.EncrData.Length.ToString(), d.Value("mikey.kemac.key_data_len"), name + ": encrypted data length");
                }
                VerificationPayload v = (VerificationPayload)m.Find(MikeyPayloadType.V);
                if (v != null)
                {
                    Assert.AreEqual(v.AuthAlg.ToString(), d.Value("mikey.v.auth_alg"), name + ": V Auth alg");
                    if (v.AuthAlg == KemacPayload.MacHmacSha1) Assert.AreEqual(Hex.Encode(v.VerData), HexOf(d.Value("mikey.v.ver_data")), name + ": Ver data");
                }
                if (m.Header.DataType == MikeyDataType.Error) Assert.AreEqual("0", d.Value("mikey.err.no"), name + ": error no");
            }
        }
    }
}
