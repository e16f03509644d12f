using System;
using System.CommandLine;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano radio`: the emulated radio (<see cref="RadioRun"/>; docs/cli.md).</summary>
    public static class RadioCommand
    {
        public static Command Create()
        {
            var board = new Option<string>("--board") { Description = "board profile (boards/<name>.json): ESP32_REV3, ESP32_PSRAM_REV3, ESP32_S3, M5Core2", DefaultValueFactory = _ => "ESP32_REV3" };
            var serial = new Option<string>("--serial") { Description = "the provisioning link: a serial port or one end of a pseudo-terminal pair (socat)" };
            var port = new Option<int>("--port") { Description = "MIKEY UDP port (RFC 3830: 2269)", DefaultValueFactory = _ => 2269 };
            var mediaPort = new Option<int>("--media-port") { Description = "SRTP UDP port (default: --port + 1)" };
            var address = new Option<string>("--address") { Description = "local IPv4 address to bind", DefaultValueFactory = _ => "127.0.0.1" };
            var keys = new Option<string>("--keys") { Description = "a key-material file (docs/key-material.md) to use as the radio's key set" };
            var store = new Option<string>("--store") { Description = "directory of the emulated flash (key store records, the saved replay floor)" };
            var peer = new Option<string[]>("--peer") { Description = "whom push-to-talk calls: URI=host:port[/mediaPort]; repeat for a group", AllowMultipleArgumentsPerToken = false };
            var tables = new Option<bool>("--tables") { Description = "build the per-key-period tables (boards with PSRAM)" };
            var policy = new Option<string>("--policy") { Description = "SRTP policy offered: aes-cm or gcm", DefaultValueFactory = _ => "aes-cm" };
            var talkAfter = new Option<double>("--talk-after") { Description = "hold push-to-talk this many seconds after start", DefaultValueFactory = _ => -1 };
            var talkFor = new Option<double>("--talk-for") { Description = "for this many seconds", DefaultValueFactory = _ => 2 };
            var pttFile = new Option<string>("--ptt-file") { Description = "push-to-talk is held while this file exists" };
            var runFor = new Option<double>("--run-for") { Description = "stop after this many seconds (default: until Ctrl-C)" };
            var record = new Option<string>("--record") { Description = "write the audio played to this file (raw G.711 mu-law, 8 kHz)" };
            var name = new Option<string>("--name") { Description = "a name before each console line" };
            var cmd = new Command("radio", "The emulated radio: the device's radio logic on host seams (UDP, serial link, files, tone audio)");
            foreach (Option o in new Option[] { board, serial, port, mediaPort, address, keys, store, peer, tables, policy, talkAfter, talkFor, pttFile, runFor, record, name })
                cmd.Options.Add(o);
            cmd.SetAction(r =>
            {
                var o = new RadioOptions
                {
                    Board = r.GetValue(board), Serial = r.GetValue(serial), Port = r.GetValue(port), MediaPort = r.GetValue(mediaPort),
                    Address = r.GetValue(address), KeysFile = r.GetValue(keys), StoreDir = r.GetValue(store), Tables = r.GetValue(tables),
                    Policy = r.GetValue(policy), TalkAfterMs = (long)(r.GetValue(talkAfter) * 1000), TalkForMs = (long)(r.GetValue(talkFor) * 1000),
                    PttFile = r.GetValue(pttFile), RunForMs = (long)(r.GetValue(runFor) * 1000), RecordPath = r.GetValue(record), Name = r.GetValue(name),
                };
                try
                {
                    foreach (string p in r.GetValue(peer) ?? Array.Empty<string>()) o.Peers.Add(RadioOptions.ParsePeer(p));
                    using var run = new RadioRun(o, Console.Out);
                    Console.CancelKeyPress += (_, e) => { e.Cancel = true; run.Stop(); };
                    return run.Run();
                }
                catch (Exception e) when (e is FormatException or System.IO.IOException or System.Net.Sockets.SocketException
                                           or UnauthorizedAccessException or MikeyNano.Errors.MikeyNanoException)
                {
                    Console.Error.WriteLine("radio: " + e.Message);
                    return 2;
                }
            });
            return cmd;
        }
    }
}
