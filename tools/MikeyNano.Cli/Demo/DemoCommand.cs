using System;
using System.CommandLine;
using System.IO;

namespace MikeyNano.Cli.Demo
{
    /// <summary>`mikeynano demo`: the end-to-end call set-up (see <see cref="DemoRun"/>).</summary>
    public static class DemoCommand
    {
        public static Command Create()
        {
            var packets = new Option<int>("--packets") { Description = "SRTP packets (20 ms frames) to stream", DefaultValueFactory = _ => 250 };
            var policy = new Option<string>("--policy") { Description = "SRTP policy: aes-cm (AES_CM_128_HMAC_SHA1_80) or gcm (AEAD_AES_128_GCM, the 3GPP choice)", DefaultValueFactory = _ => "aes-cm" };
            var port = new Option<int>("--port") { Description = "the callee's MIKEY UDP port on 127.0.0.1 (0: any free port; MIKEY's own is 2269)", DefaultValueFactory = _ => 2269 };
            var mode = new Option<string>("--mode") { Description = "MIKEY mode: sakke (KMS, keys, signed I_MESSAGE), psk (pre-shared key, I_MESSAGE and verification R_MESSAGE), null (key in the clear, as RTSP cameras), ecies (static P-256 keys, TGK in an ECIES envelope, signed), dh-sign (static P-256 keys, signed ephemeral ECDH) or ecmqv (static P-256 keys, MQV key agreement, R_MESSAGE with V)", DefaultValueFactory = _ => "sakke" };
            var cmd = new Command("demo", "End to end on loopback: MIKEY call set-up over UDP (SAKKE with KMS and key issuance, PSK, NULL, ECIES, DH-SIGN or ECMQV), SRTP media stream, checks");
            cmd.Options.Add(mode);
            cmd.Options.Add(packets);
            cmd.Options.Add(policy);
            cmd.Options.Add(port);
            cmd.SetAction(r => new DemoRun(Console.Out).Run(r.GetValue(packets), r.GetValue(policy), r.GetValue(port), r.GetValue(mode)));
            return cmd;
        }
    }
}
