using System.Collections.Generic;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>
    /// Every message of MIKEY-ECIES and DH-SIGN that our endpoints send (I_MESSAGE, R_MESSAGE, error message) dissected
    /// by tshark without malformed-packet or error-level expert items. Wireshark 4.0 stops, without a malformed mark,
    /// after a KEMAC with MAC alg 2 and at a DH payload of the profile's groups (profile section 9): its payloads must be
    /// ours up to exactly that payload (KEMAC in the ECIES I_MESSAGE, V in its R_MESSAGE, the first DH in DH-SIGN), with
    /// the HDR, T, RAND, IDR (role, type, URI), SP, KEMAC algorithm, V Auth alg and ERR fields equal to ours.
    /// </summary>
    [TestClass]
    public class TsharkEccModeTests
    {
        [TestMethod]
        public void EciesAndDhSignMessagesAgreeWithTshark()
        {
            var messages = new List<(string Name, byte[] M, int StopsAt)>();
            foreach (int prf in new[] { 0, 1 })
            {
                MikeyCall e = EccFixtures.Ecies(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(prf, true), ModeFixtures.Now);
                EciesEndpoint bob = EccFixtures.Ecies(EccFixtures.Bob(), 2);
                messages.Add(("ECIES I_MESSAGE, PRF " + prf, e.IMessage, MikeyPayloadType.Kemac));
                messages.Add(("ECIES R_MESSAGE, PRF " + prf, bob.Answer(e.IMessage, ModeFixtures.Now).RMessage, MikeyPayloadType.V));
                messages.Add(("ECIES error message, PRF " + prf, bob.ErrorReply(e.IMessage, new MikeyException(MikeyErrorCode.AuthFailure, "test"), ModeFixtures.Now), MikeyPayloadType.Err));
                MikeyCall d = EccFixtures.DhSign(EccFixtures.Alice(), 3).Offer(EccFixtures.ToBob(prf, true), ModeFixtures.Now);
                DhSignEndpoint bob2 = EccFixtures.DhSign(EccFixtures.Bob(), 4);
                messages.Add(("DH-SIGN I_MESSAGE, PRF " + prf, d.IMessage, MikeyPayloadType.Dh));
                messages.Add(("DH-SIGN R_MESSAGE, PRF " + prf, bob2.Answer(d.IMessage, ModeFixtures.Now).RMessage, MikeyPayloadType.Dh));
                messages.Add(("DH-SIGN error message, PRF " + prf, bob2.ErrorReply(d.IMessage, new MikeyException(MikeyErrorCode.InvalidDh, "test"), ModeFixtures.Now), MikeyPayloadType.Err));
            }
            List<Dissection> ds = Tshark.Dissect(messages.Select(x => x.M).ToList());
            for (int k = 0; k < messages.Count; k++)
            {
                var (name, bytes, stopsAt) = messages[k];
                MikeyMessage m = MikeyMessage.Parse(bytes);
                Dissection d = ds[k];
                Assert.IsNotNull(d.Mikey, name + ": tshark did not dissect MIKEY");
                Assert.AreEqual("", string.Join("; ", d.Problems), name + ": tshark problems");
                TsharkMikeyTests.AssertHeaderAgrees(m, d, name);
                List<int> ours = Enumerable.Range(0, m.PayloadCount).Select(i => m.GetPayload(i).PayloadType).ToList();
                int shown = ours.IndexOf(stopsAt) + 1;
                List<int> theirs = d.PayloadNames.Skip(1).Select(n => TsharkMikeyTests.PayloadTypeByField.GetValueOrDefault(n, -1)).ToList();
                CollectionAssert.AreEqual(ours.Take(shown).ToList(), theirs, name + ": payloads up to where Wireshark 4.0 stops (" + string.Join(",", d.PayloadNames) + ")");

                List<MikeyPayload> seen = Enumerable.Range(0, shown).Select(m.GetPayload).ToList();
                CollectionAssert.AreEqual(seen.OfType<TimestampPayload>().Select(t => t.TsType.ToString()).ToList(), d.Values("mikey.t.ts_type"), name + ": TS type");
                CollectionAssert.AreEqual(seen.OfType<RandPayload>().Select(r => r.Rand.Length.ToString()).ToList(), d.Values("mikey.rand.len"), name + ": RAND len");
                CollectionAssert.AreEqual(seen.OfType<IdrPayload>().Select(r => r.Role.ToString()).ToList(), d.Values("mikey.id.role"), name + ": IDR roles");
                CollectionAssert.AreEqual(seen.OfType<IdrPayload>().Select(r => r.IdType.ToString()).ToList(), d.Values("mikey.id.type"), name + ": ID types");
                CollectionAssert.AreEqual(seen.OfType<IdrPayload>().Select(r => Utf8.Decode(r.Data)).ToList(), d.Values("mikey.id.data"), name + ": URIs");
                CollectionAssert.AreEqual(seen.OfType<SecurityPolicyPayload>().Select(s => s.PolicyNo.ToString()).ToList(), d.Values("mikey.sp.no"), name + ": SP numbers");
                CollectionAssert.AreEqual(seen.OfType<KemacPayload>().Select(x => x.EncrAlg.ToString()).ToList(), d.Values("mikey.kemac.encr_alg"), name + ": KEMAC Encr alg");
                CollectionAssert.AreEqual(seen.OfType<KemacPayload>().Select(x => x.MacAlg.ToString()).ToList(), d.Values("mikey.kemac.mac_alg"), name + ": KEMAC MAC alg");
                CollectionAssert.AreEqual(seen.OfType<KemacPayload>().Select(x => x.EncrData.Length.ToString()).ToList(), d.Values("mikey.kemac.key_data_len"), name + ": KEMAC data length");
                CollectionAssert.AreEqual(seen.OfType<VerificationPayload>().Select(v => v.AuthAlg.ToString()).ToList(), d.Values("mikey.v.auth_alg"), name + ": V Auth alg");
                CollectionAssert.AreEqual(seen.OfType<ErrorPayload>().Select(x => x.ErrorNo.ToString()).ToList(), d.Values("mikey.err.no"), name + ": error no");
            }
        }
    }
}
