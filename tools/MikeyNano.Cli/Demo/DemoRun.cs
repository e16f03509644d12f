using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.HostPlatform;
using MikeyNano.HostPlatform.Radio;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Mikey.Transport;
using MikeyNano.Sakke;
using MikeyNano.SelfTest;
using MikeyNano.Srtp;

namespace MikeyNano.Cli.Demo
{
    /// <summary>
    /// The end-to-end main job, on loopback: a KMS community is created; keys are issued to two users (3GPP UIDs of the
    /// current key period) and each radio validates its own; the caller sends a MIKEY-SAKKE I_MESSAGE to the callee over
    /// UDP; the callee verifies and decapsulates it; both derive SRTP keys; the caller streams SRTP packets of a tone
    /// over UDP and the callee decrypts and checks every one. Each step prints its timing; any failure stops the run
    /// with a message and exit code 1.
    /// </summary>
    public sealed partial class DemoRun
    {
        private const string KmsUri = "kms.demo.mikeynano.example";
        private const string CallerUri = "sip:alice@demo.mikeynano.example";
        private const string CalleeUri = "sip:bob@demo.mikeynano.example";
        private readonly TextWriter _out;
        private int _step;

        public DemoRun(TextWriter output) { _out = output; }

        private sealed class StepFailed : Exception
        {
            public StepFailed(string message) : base(message) { }
        }

        private T Step<T>(string name, Func<(T Value, string Detail)> body)
        {
            _step++;
            var sw = Stopwatch.StartNew();
            (T value, string detail) = body();
            _out.WriteLine($" [{_step,2}] {name,-30} {sw.Elapsed.TotalMilliseconds,9:F1} ms  {detail}");
            return value;
        }

        private static void Check(bool ok, string message)
        {
            if (!ok) throw new StepFailed(message);
        }

        public int Run(int packets, string policyName, int port, string mode = "sakke")
        {
            var total = Stopwatch.StartNew();
            if (mode != "sakke" && mode != "psk" && mode != "null" && mode != "ecies" && mode != "dh-sign" && mode != "ecmqv")
            {
                _out.WriteLine($"demo FAILED: unknown --mode '{mode}' (sakke, psk, null, ecies, dh-sign or ecmqv)");
                return 1;
            }
            _out.WriteLine($"MikeyNano demo: a MIKEY-{mode.ToUpperInvariant()} call set-up and an SRTP media stream between two radios on loopback");
            try
            {
                SrtpPolicy policy = policyName switch
                {
                    "aes-cm" => SrtpPolicy.AesCm128HmacSha1_80(),
                    "gcm" => SrtpPolicy.AeadAes128Gcm(),
                    _ => throw new StepFailed($"unknown --policy '{policyName}' (aes-cm or gcm)"),
                };
                Check(packets > 0 && packets <= 100_000, "--packets must be 1 to 100000");
                var rng = SystemRandomSource.Instance;
                ulong now = KeyPeriod.NtpSeconds(DateTime.UtcNow);

                Step("power-on self-test", () =>
                {
                    SelfTestResult[] r = PowerOnSelfTest.Run(rng);
                    Check(PowerOnSelfTest.AllPassed(r), "a self-test failed: run `mikeynano selftest`");
                    return (0, $"{r.Length}/{r.Length} passed (RNG health test, {r.Length - 1} known-answer tests)");
                });
                if (mode != "sakke") return RunSymmetric(mode, packets, policy, port, total);

                var (sakkeKms, eccsiKms, kms) = Step("KMS community created", () =>
                {
                    var s = SakkeKms.Generate(rng);
                    var e = EccsiKms.Generate(rng);
                    var k = new KmsPublicKeys(KmsUri, s.PublicKey, e.Kpak, 2592000, 0);
                    return ((s, e, k), $"{KmsUri}: SAKKE Z_T (257 octets), ECCSI KPAK (65 octets), 30-day key periods");
                });

                ulong period = KeyPeriod.Number(now, kms.UserKeyPeriod, kms.UserKeyOffset);
                (byte[] Id, byte[] Rsk, byte[] Ssk, byte[] Pvt) Issue(string uri)
                {
                    byte[] id = MikeySakkeUid.Compute(uri, KmsUri, kms.UserKeyPeriod, kms.UserKeyOffset, period);
                    byte[] ssk = eccsiKms.Issue(id, rng, out byte[] pvt);
                    return (id, sakkeKms.IssueRsk(id), ssk, pvt);
                }
                var aliceKeys = Step("keys issued to caller", () => { var k = Issue(CallerUri); return (k, $"{CallerUri}: UID {Hex.Encode(k.Id, 0, 8)}.., RSK, SSK, PVT (key period {period})"); });
                var bobKeys = Step("keys issued to callee", () => { var k = Issue(CalleeUri); return (k, $"{CalleeUri}: UID {Hex.Encode(k.Id, 0, 8)}.., RSK, SSK, PVT"); });
                sakkeKms.Wipe();
                eccsiKms.Wipe();

                UserKeyMaterial alice = Step("caller validates its keys", () =>
                {
                    var u = new UserKeyMaterial(CallerUri, aliceKeys.Id, kms, period, aliceKeys.Rsk, aliceKeys.Ssk, aliceKeys.Pvt, false);
                    return (u, "RSK pairing check <[a]P+Z_T, RSK> == g, SSK/PVT check (RFC 6508 6.1.2, RFC 6507 5.1.2)");
                });
                UserKeyMaterial bob = Step("callee validates its keys", () =>
                {
                    var u = new UserKeyMaterial(CalleeUri, bobKeys.Id, kms, period, bobKeys.Rsk, bobKeys.Ssk, bobKeys.Pvt, true);
                    return (u, $"same checks, and builds its decapsulation tables ({u.TableMemoryBytes / 1024} KiB)");
                });

                using var mikeySocket = Bind(port);
                using var mediaSocket = Bind(0);
                var mikeyEndpoint = (IPEndPoint)mikeySocket.Client.LocalEndPoint;
                var mediaEndpoint = (IPEndPoint)mediaSocket.Client.LocalEndPoint;
                var responder = new SakkeResponder(bob, null, new ReplayCache(64, 300));

                uint ssrc = RandomSsrc();
                OutgoingCall call = Step("caller builds I_MESSAGE", () =>
                {
                    var offer = new CallOffer(CalleeUri, kms)
                    {
                        IdScheme = IdentityScheme.Uid3gpp,
                        SrtpSessions = new[] { new SrtpCsEntry(0, ssrc, 0) },
                        Policies = new[] { SrtpContextFactory.PayloadOf(0, policy) },
                    };
                    OutgoingCall c = new SakkeInitiator(alice, rng).CreateIMessage(offer, now);
                    return (c, $"{c.Message.Length} octets: HDR, T, RAND, IDR x4, SP, SAKKE, SIGN(ECCSI); SSV encapsulated to the callee's UID");
                });

                byte[] received = Step("I_MESSAGE sent over UDP", () =>
                {
                    using var sender = new UdpClient(AddressFamily.InterNetwork);
                    sender.Send(MikeyUdp.ToDatagram(call.Parsed), mikeyEndpoint);
                    IPEndPoint from = null;
                    mikeySocket.Client.ReceiveTimeout = 5000;
                    byte[] datagram = mikeySocket.Receive(ref from);
                    return (datagram, $"127.0.0.1 -> {mikeyEndpoint}, one datagram of {datagram.Length} octets");
                });

                ReceivedCall answer = Step("callee verifies, decapsulates", () =>
                {
                    ReceivedCall r = responder.Process(received, KeyPeriod.NtpSeconds(DateTime.UtcNow));
                    Check(ConstantTime.AreEqual(r.Ssv, call.Ssv), "the callee's SSV differs from the caller's");
                    return (r, "ECCSI signature verified for the caller's UID; SAKKE SSV recovered, [r]([b]P+Z_T) == R checked");
                });

                var (tx, rx) = Step("both derive SRTP keys", () =>
                {
                    CryptoSession mine = call.Sessions[0], theirs = answer.Sessions[0];
                    Check(ConstantTime.AreEqual(mine.MasterKey, theirs.MasterKey) && ConstantTime.AreEqual(mine.MasterSalt, theirs.MasterSalt),
                        "caller and callee derived different SRTP master keys");
                    return ((SrtpContextFactory.Create(mine), SrtpContextFactory.Create(theirs)),
                        $"{PolicyLabel(policy)}, SSRC 0x{ssrc:x8}, master key {Hex.Encode(mine.MasterKey, 0, 4)}.. on both sides");
                });

                StreamAndReplay(packets, tx, rx, mediaSocket, mediaEndpoint, () => responder.Process(received, KeyPeriod.NtpSeconds(DateTime.UtcNow)));
                call.Wipe();
                answer.Wipe();
                alice.Wipe();
                bob.Wipe();
                tx.Wipe();
                rx.Wipe();
                _out.WriteLine($"demo passed: call keyed and {packets} SRTP packets checked in {total.Elapsed.TotalMilliseconds:F0} ms");
                return 0;
            }
            catch (Exception e) when (e is StepFailed or MikeyNano.Errors.MikeyNanoException or SocketException)
            {
                _out.WriteLine($" [{_step + 1,2}] FAILED: {e.Message}");
                _out.WriteLine("demo FAILED");
                return 1;
            }
        }

        /// <summary>The steps every mode ends with: the SRTP stream through the two contexts, and the I_MESSAGE sent again
        /// (<paramref name="replay"/>), which the callee must refuse.</summary>
        private void StreamAndReplay(int packets, SrtpContext tx, SrtpContext rx, UdpClient mediaSocket, IPEndPoint mediaEndpoint, Action replay)
        {
            Step("SRTP media streamed", () =>
            {
                int ok = StreamMedia(tx, rx, packets, mediaSocket, mediaEndpoint, out int bad, out string firstError);
                Check(bad == 0 && ok == packets, $"{ok} of {packets} packets decrypted and matched; {bad} failed (first: {firstError})");
                return (0, $"{packets} packets of a 440 Hz tone ({packets * 20 / 1000.0:F1} s of audio): all decrypted and matched");
            });
            Step("replayed I_MESSAGE refused", () =>
            {
                try
                {
                    replay();
                }
                catch (MikeyNano.Errors.MikeyException e)
                {
                    return (0, $"MIKEY error {(int)e.ErrorCode} ({e.ErrorCode}): {e.Message}");
                }
                throw new StepFailed("the callee accepted the same I_MESSAGE twice");
            });
        }

        private static UdpClient Bind(int port) => new UdpClient(new IPEndPoint(IPAddress.Loopback, port));

        private static uint RandomSsrc()
        {
            var b = new byte[4];
            SystemRandomSource.Instance.Fill(b, 0, 4);
            return BigEndian.ReadUInt32(b, 0) | 1;
        }

        private static string PolicyLabel(SrtpPolicy p) => p.IsAead ? "AEAD_AES_128_GCM" : $"AES_CM_128_HMAC_SHA1_{p.AuthTagLength * 8}";

        /// <summary>The caller's encoder protects each 20 ms frame and sends it; the callee's thread receives,
        /// unprotects and compares it with the frame the RTP timestamp names.</summary>
        private static int StreamMedia(SrtpContext tx, SrtpContext rx, int packets, UdpClient mediaSocket, IPEndPoint to,
                                       out int bad, out string firstError)
        {
            int ok = 0, failed = 0;
            string first = "none";
            var receiver = new Thread(() =>
            {
                mediaSocket.Client.ReceiveTimeout = 3000;
                var plain = new byte[2048];
                for (int i = 0; i < packets; i++)
                {
                    IPEndPoint from = null;
                    byte[] packet;
                    try { packet = mediaSocket.Receive(ref from); }
                    catch (SocketException) { failed += packets - i; if (first == "none") first = "timed out waiting for a packet"; return; }
                    try
                    {
                        int n = rx.UnprotectRtp(packet, 0, packet.Length, plain, 0);
                        int header = RtpPacket.HeaderLength(plain, 0, n);
                        int frameIndex = (int)(BigEndian.ReadUInt32(plain, 4) / ToneSource.FrameSamples);
                        byte[] expected = ToneSource.Frame(frameIndex);
                        if (n - header == expected.Length && ConstantTime.AreEqual(plain, header, expected, 0, expected.Length)) ok++;
                        else { failed++; if (first == "none") first = $"frame {frameIndex} decrypted to other audio"; }
                    }
                    catch (MikeyNano.Errors.SrtpException e) { failed++; if (first == "none") first = e.Message; }
                }
            });
            receiver.Start();
            using (var sender = new UdpClient(AddressFamily.InterNetwork))
            {
                var packet = new byte[12 + ToneSource.FrameSamples + tx.RtpOverhead];
                for (int i = 0; i < packets; i++)
                {
                    byte[] frame = ToneSource.Frame(i);
                    int n = tx.ProtectNextFrame(0, i == 0, (uint)(i * ToneSource.FrameSamples), frame, 0, frame.Length, packet, 0);
                    sender.Send(packet, n, to);
                    if ((i & 31) == 31) Thread.Sleep(1); // pace a little so the loopback socket buffer never overflows
                }
            }
            receiver.Join();
            bad = failed;
            firstError = first;
            return ok;
        }
    }
}
