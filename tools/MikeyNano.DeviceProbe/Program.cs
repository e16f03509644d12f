using System;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Sakke;

namespace MikeyNano.DeviceProbe
{
    /// <summary>
    /// Measures the device library in a nanoFramework runtime (nanoCLR or a board): one scenario per build, chosen by a
    /// PROBE_* symbol, because a nanoFramework program has no command line. The managed heap a scenario needs is found
    /// by running it under smaller and smaller heaps (the smallest that completes); the times are printed. Each scenario
    /// checks its result against the Streamwide TS 33.180 vectors, so a wrong answer is a failure, not a figure.
    /// docs/device.md gives the figures and how they were taken.
    /// </summary>
    public static class Program
    {
        private const ulong MessageTime = 0xec898da8; // the T of the Streamwide messages (NTP-UTC seconds)

        public static void Main()
        {
            try
            {
                DateTime start = DateTime.UtcNow;
                string result = Run();
                long ms = (DateTime.UtcNow - start).Ticks / TimeSpan.TicksPerMillisecond;
                Console.WriteLine("PROBE OK " + Scenario + " " + ms.ToString() + " ms: " + result);
            }
            catch (Exception e)
            {
                Console.WriteLine("PROBE FAILED " + Scenario + ": " + e.GetType().FullName + ": " + e.Message);
            }
        }

#if PROBE_EMPTY
        private const string Scenario = "empty";
        // The baseline: the runtime and this program alone, without the library's assemblies.
        private static string Run() { return "nothing loaded"; }
#elif PROBE_BOOT
        private const string Scenario = "boot";
        // Nothing but the library loaded: what its assemblies and static state cost before any use.
        private static string Run() { return "library loaded"; }
#elif PROBE_RESPONDER_PLAIN || PROBE_RESPONDER_TABLES
#if PROBE_RESPONDER_PLAIN
        private const string Scenario = "responder-plain";
        private const bool Precompute = false;
#else
        private const string Scenario = "responder-tables";
        private const bool Precompute = true;
#endif
        // A whole responder round: Alice's keys validated (and, with tables, the per-key-period tables built), then the
        // real GMK I_MESSAGE parsed, its ECCSI signature verified, replay-checked, decapsulated, SRTP keys derived and
        // an SRTP context built.
        private static string Run()
        {
            DateTime t0 = DateTime.UtcNow;
            UserKeyMaterial alice = Alice(Precompute);
            DateTime t1 = DateTime.UtcNow;
            ReceivedCall call = new SakkeResponder(alice, null, new ReplayCache(16, 300))
                .Process(Hex.Decode(Ts33180Vectors.GmkHex), MessageTime + 5);
            if (Hex.Encode(call.Ssv) != StreamwideVectors.Test1GmkKey) throw new Exception("wrong GMK");
            SrtpContext srtp = SrtpContextFactory.Create(call.Sessions[0]);
            srtp.Wipe();
            alice.Wipe();
            return "GMK " + Hex.Encode(call.Ssv) + "; keys validated" + (Precompute ? " and tables built" : "") + " in " +
                Ms(t0, t1) + " ms, I_MESSAGE processed in " + Ms(t1, DateTime.UtcNow) + " ms";
        }
#elif PROBE_INITIATOR_PLAIN || PROBE_INITIATOR_TABLES
#if PROBE_INITIATOR_PLAIN
        private const string Scenario = "initiator-plain";
        private const bool Precompute = false;
#else
        private const string Scenario = "initiator-tables";
        private const bool Precompute = true;
#endif
        // A whole initiator round: the GMS's keys validated (with tables: built), then an I_MESSAGE to Alice created
        // (SAKKE encapsulation of a given GMK, ECCSI signature), as TS 33.180 group key transport does.
        private static string Run()
        {
            DateTime t0 = DateTime.UtcNow;
            UserKeyMaterial gms = User(StreamwideVectors.GmsUri, StreamwideVectors.GmsUid,
                StreamwideVectors.GmsRsk, StreamwideVectors.GmsSsk, StreamwideVectors.GmsPvt, Precompute);
            CallOffer offer = new CallOffer(StreamwideVectors.AliceUri, gms.Kms);
            offer.IdScheme = IdentityScheme.Uid3gpp;
            offer.Ssv = Hex.Decode(StreamwideVectors.Test1GmkKey);
            offer.CsbId = 0x06a12aea;
            offer.GenericSessions = new GenericCsEntry[] { new GenericCsEntry(4, 0, false, new byte[] { 0 }, new byte[0], Hex.Decode("0df9bc3906a12aea")) };
            DateTime t1 = DateTime.UtcNow;
            OutgoingCall sent = new SakkeInitiator(gms, new DeviceRandomSource()).CreateIMessage(offer, MessageTime);
            DateTime t2 = DateTime.UtcNow;
            gms.Wipe();
            return sent.Message.Length.ToString() + "-octet I_MESSAGE; keys validated" + (Precompute ? " and tables built" : "") +
                " in " + Ms(t0, t1) + " ms, I_MESSAGE created in " + Ms(t1, t2) + " ms";
        }
#endif
#if PROBE_RESPONDER_PLAIN || PROBE_RESPONDER_TABLES || PROBE_INITIATOR_PLAIN || PROBE_INITIATOR_TABLES
        private static string Ms(DateTime from, DateTime to)
        {
            return ((to - from).Ticks / TimeSpan.TicksPerMillisecond).ToString();
        }

        private static UserKeyMaterial Alice(bool precompute)
        {
            return User(StreamwideVectors.AliceUri, StreamwideVectors.AliceUid,
                StreamwideVectors.AliceRsk, StreamwideVectors.AliceSsk, StreamwideVectors.AlicePvt, precompute);
        }

        private static UserKeyMaterial User(string uri, string uid, string rsk, string ssk, string pvt, bool precompute)
        {
            KmsPublicKeys kms = new KmsPublicKeys(StreamwideVectors.KmsUri, Hex.Decode(StreamwideVectors.PubEncKey),
                Hex.Decode(StreamwideVectors.PubAuthKey), StreamwideVectors.UserKeyPeriod, StreamwideVectors.UserKeyOffset);
            return new UserKeyMaterial(uri, Hex.Decode(uid), kms, StreamwideVectors.KeyPeriodNo, Hex.Decode(rsk), Hex.Decode(ssk),
                Hex.Decode(pvt), precompute);
        }
#elif !PROBE_EMPTY && !PROBE_BOOT
#error define one PROBE_* symbol (PROBE_EMPTY, PROBE_BOOT, PROBE_RESPONDER_PLAIN, PROBE_RESPONDER_TABLES, PROBE_INITIATOR_PLAIN, PROBE_INITIATOR_TABLES)
#endif

    }
}
