using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MikeyNano.Bytes;
using MikeyNano.HostPlatform;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;

namespace MikeyNano.Cli.Demo
{
    /// <summary>The demo in MIKEY-PSK, MIKEY-NULL, MIKEY-ECIES, DH-SIGN and MIKEY-ECMQV (`--mode psk|null|ecies|dh-sign|ecmqv`), through the one endpoint
    /// API (MikeyEndpoint: Offer, Answer, Confirm): no KMS; PSK radios share a 32-octet key and the caller asks for the
    /// verification message, which goes back over UDP and keys the caller once verified; NULL sends the SRTP key in the
    /// clear, as RTSP cameras do; MIKEY-ECIES, DH-SIGN and ECMQV radios hold static P-256 keys provisioned to each other
    /// (DemoRun.Ecc.cs, DemoRun.Ecmqv.cs) and the R_MESSAGE goes back.</summary>
    public sealed partial class DemoRun
    {
        private int RunSymmetric(string mode, int packets, SrtpPolicy policy, int port, Stopwatch total)
        {
            var rng = SystemRandomSource.Instance;
            bool psk = mode == "psk", ecmqv = mode == "ecmqv", ecc = mode == "ecies" || mode == "dh-sign", confirms = psk || ecmqv || ecc;
            MikeyEndpoint NewEndpoint(byte[] key) => psk ? new PskEndpoint(key, null, rng, new ReplayCache(64, 300)) : new NullEndpoint(rng, new ReplayCache(64, 300));
            byte[] shared = new byte[32];
            if (psk)
                Step("pre-shared key provisioned", () =>
                {
                    rng.Fill(shared, 0, shared.Length);
                    return (0, $"32 octets on both radios ({Hex.Encode(shared, 0, 4)}..)");
                });
            var (caller, callee) = ecmqv ? EcmqvEndpoints() : ecc ? EccEndpoints(mode) : (NewEndpoint(shared), NewEndpoint(shared));

            using var mikeySocket = Bind(port);
            using var callerSocket = Bind(0);
            using var mediaSocket = Bind(0);
            var mikeyEndpoint = (IPEndPoint)mikeySocket.Client.LocalEndPoint;
            var mediaEndpoint = (IPEndPoint)mediaSocket.Client.LocalEndPoint;
            uint ssrc = RandomSsrc();

            MikeyCall call = Step("caller builds I_MESSAGE", () =>
            {
                var request = new CallRequest([new SrtpCsEntry(0, ssrc, 0)])
                {
                    Policies = [SrtpContextFactory.PayloadOf(0, policy)],
                    VerificationRequested = psk || ecc,
                    ResponderUri = ecmqv || ecc ? CalleeUri : null,
                };
                MikeyCall c = caller.Offer(request, KeyPeriod.NtpSeconds(DateTime.UtcNow));
                return (c, ecmqv ? EcmqvOfferDetail(c) : ecc ? EccOfferDetail(c)
                         : psk ? $"{c.IMessage.Length} octets: HDR(V=1), T, RAND, SP, KEMAC(AES-CM TGK, HMAC-SHA-256) under the PSK"
                               : $"{c.IMessage.Length} octets: HDR, T, RAND, SP, KEMAC(TEK = key || salt in the clear)");
            });
            byte[] received = Step("I_MESSAGE sent over UDP", () => (Send(callerSocket, call.IMessage, mikeySocket, mikeyEndpoint),
                $"127.0.0.1 -> {mikeyEndpoint}, one datagram of {call.IMessage.Length} octets"));

            MikeyCall answer = Step("callee answers", () =>
            {
                MikeyCall a = callee.Answer(received, KeyPeriod.NtpSeconds(DateTime.UtcNow));
                return (a, ecmqv ? EcmqvAnswerDetail(a) : ecc ? EccAnswerDetail(a)
                         : psk ? $"KEMAC MAC verified, TGK decrypted; R_MESSAGE of {a.RMessage.Length} octets (HDR, T, V)"
                               : "TEK read (nothing authenticates MIKEY-NULL)");
            });
            if (confirms)
            {
                byte[] r = Step("R_MESSAGE sent back over UDP", () => (Send(mikeySocket, answer.RMessage, callerSocket, (IPEndPoint)callerSocket.Client.LocalEndPoint),
                    $"one datagram of {answer.RMessage.Length} octets"));
                Step("caller verifies R_MESSAGE", () =>
                {
                    Check(call.Sessions == null, "the caller was keyed before the R_MESSAGE verified");
                    caller.Confirm(call, r, KeyPeriod.NtpSeconds(DateTime.UtcNow));
                    return (0, ecmqv ? EcmqvConfirmDetail : ecc ? EccConfirmDetail(mode)
                                     : "V payload verified (HMAC-SHA-256 over the R_MESSAGE and the I_MESSAGE's T): the callee holds the PSK");
                });
            }

            var (tx, rx) = Step("both derive SRTP keys", () =>
            {
                CryptoSession mine = call.Sessions[0], theirs = answer.Sessions[0];
                Check(ConstantTime.AreEqual(mine.MasterKey, theirs.MasterKey) && ConstantTime.AreEqual(mine.MasterSalt, theirs.MasterSalt),
                    "caller and callee hold different SRTP master keys");
                return ((SrtpContextFactory.Create(mine), SrtpContextFactory.Create(theirs)),
                    $"{PolicyLabel(policy)}, SSRC 0x{ssrc:x8}, master key {Hex.Encode(mine.MasterKey, 0, 4)}.. on both sides");
            });
            StreamAndReplay(packets, tx, rx, mediaSocket, mediaEndpoint, () => callee.Answer(received, KeyPeriod.NtpSeconds(DateTime.UtcNow)));

            call.Wipe();
            answer.Wipe();
            Secrets.Wipe(shared);
            tx.Wipe();
            rx.Wipe();
            _out.WriteLine($"demo passed: call keyed and {packets} SRTP packets checked in {total.Elapsed.TotalMilliseconds:F0} ms");
            return 0;
        }

        private static byte[] Send(UdpClient from, byte[] datagram, UdpClient to, IPEndPoint toEndpoint)
        {
            from.Send(datagram, datagram.Length, toEndpoint);
            IPEndPoint source = null;
            to.Client.ReceiveTimeout = 5000;
            return to.Receive(ref source);
        }
    }
}
