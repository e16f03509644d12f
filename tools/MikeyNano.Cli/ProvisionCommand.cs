using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.HostPlatform.Radio;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using static MikeyNano.Cli.KeyCommandSupport;
using XmlCertificate = MikeyNano.KmsXml.KmsCertificate;

namespace MikeyNano.Cli
{
    /// <summary>
    /// `mikeynano provision --port &lt;tty&gt; --trk &lt;hex&gt; (--init init.xml --keyprov keyprov.xml | --keys keys.json)`:
    /// loads a radio over its provisioning UART (docs/provisioning.md) with a KMS certificate and a user key set read
    /// from TS 33.180 Annex D XML or our key-material file, validated here first (<see cref="ProvisionInput"/>). The
    /// keys travel wrapped under the device's transport key and every request is MACed (ProvisioningClient); the device
    /// checks everything again before it stores. A progress line runs while a request is sent and answered.
    /// </summary>
    public static class ProvisionCommand
    {
        public sealed class Request
        {
            public string Port { get; set; }
            public byte[] Trk { get; set; }
            public bool FirstUse { get; set; }
            public string Init { get; set; }
            public string KeyProv { get; set; }
            public string Keys { get; set; }
            public byte[] KmsTrk { get; set; }
            public byte[] KmsInk { get; set; }
            public string UserUri { get; set; }
            public ulong? PeriodNo { get; set; }
            public int TimeoutMs { get; set; } = 10000;
            /// <summary>The Wi-Fi network the radio joins (null: network settings are not sent).</summary>
            public string WifiSsid { get; set; }
            /// <summary>A file holding the Wi-Fi passphrase (its first line; null: an open network).</summary>
            public string WifiPassphraseFile { get; set; }
            /// <summary>Whom the radio's push-to-talk calls (sent with the network settings).</summary>
            public RadioPeer[] Peers { get; set; } = [];
            /// <summary>True when network settings are to be sent.</summary>
            public bool HasNetworkSettings => WifiSsid != null || Peers.Length > 0;
            /// <summary>True when a key set is to be sent.</summary>
            public bool HasKeySet => Init != null || KeyProv != null || Keys != null;
        }

        public static Command Create()
        {
            var port = new Option<string>("--port") { Description = "the radio's provisioning serial port (/dev/ttyUSB0, COM3, a pseudo-terminal)", Required = true };
            var trk = HexOption("--trk", "the device's transport key (32 octets)");
            var firstUse = new Option<bool>("--first-use") { Description = "install --trk as the device's transport key first (a device without one)" };
            var init = new Option<string>("--init") { Description = "KmsResponse/KmsInit XML with the KmsCertificate" };
            var keyProv = new Option<string>("--keyprov") { Description = "KmsResponse/KmsKeyProv XML with the user's key set" };
            var keys = new Option<string>("--keys") { Description = "our key-material file (docs/key-material.md) instead of XML" };
            var kmsTrk = HexOption("--kms-trk", "the TrK the KMS wrapped and signed with (default: --trk)", false);
            var kmsInk = HexOption("--kms-ink", "the KMS's integrity key InK, when it signs with one", false);
            var user = new Option<string>("--user-uri") { Description = "the user the key set must be for" };
            var period = new Option<ulong?>("--period-no") { Description = "the key period number the key set must be for" };
            var timeout = new Option<int>("--timeout-ms") { Description = "how long to wait for each answer (default 10000)", DefaultValueFactory = _ => 10000 };
            var ssid = new Option<string>("--wifi-ssid") { Description = "network settings: the Wi-Fi network the radio joins (1 to 32 octets)" };
            var passphrase = new Option<string>("--wifi-passphrase-file") { Description = "network settings: a file whose first line is the Wi-Fi passphrase (8 to 64 octets; none: an open network)" };
            var peer = new Option<string[]>("--peer") { Description = "network settings: whom push-to-talk calls, URI=host:port[/mediaPort] (dotted IPv4; repeat, at most 4)", AllowMultipleArgumentsPerToken = false };
            var c = new Command("provision", "Load a radio over serial with a KMS certificate and key set (Annex D XML or key file)");
            foreach (Option o in new Option[] { port, trk, firstUse, init, keyProv, keys, kmsTrk, kmsInk, user, period, timeout, ssid, passphrase, peer }) c.Options.Add(o);
            c.SetAction(r => Run(new Request
            {
                Port = r.GetValue(port), Trk = Hex(r.GetValue(trk), "--trk"), FirstUse = r.GetValue(firstUse), Init = r.GetValue(init),
                KeyProv = r.GetValue(keyProv), Keys = r.GetValue(keys), UserUri = r.GetValue(user), PeriodNo = r.GetValue(period),
                KmsTrk = r.GetValue(kmsTrk) is string t ? Hex(t, "--kms-trk") : null, KmsInk = r.GetValue(kmsInk) is string i ? Hex(i, "--kms-ink") : null,
                TimeoutMs = r.GetValue(timeout), WifiSsid = r.GetValue(ssid), WifiPassphraseFile = r.GetValue(passphrase),
                Peers = (r.GetValue(peer) ?? []).Select(RadioOptions.ParsePeer).ToArray(),
            }, Console.Out, Console.Error));
            return c;
        }

        public static int Run(Request q, TextWriter output, TextWriter error)
        {
            try
            {
                return Run(q, output, error, () => new SerialPortLink(q.Port));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                // A file that cannot be read (the XML, the key file) or a port that cannot be opened: its own words.
                error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
                return 1;
            }
        }

        /// <summary>The command with the link supplied (tests pass a link that tampers or truncates).</summary>
        public static int Run(Request q, TextWriter output, TextWriter error, Func<ISerialLink> openLink) =>
            KeyCommandSupport.Run(output, error, false, () =>
            {
                ProvisionInput input = null;
                if (q.HasKeySet || !q.HasNetworkSettings)
                {
                    input = q.Keys != null
                        ? ProvisionInput.FromKeyFile(q.Keys, q.UserUri, q.PeriodNo)
                        : ProvisionInput.FromXml(q.Init ?? throw new InvalidEncodingException("--init (KmsInit XML) or --keys is needed"),
                            q.KeyProv ?? throw new InvalidEncodingException("--keyprov (KmsKeyProv XML) is needed with --init"),
                            q.KmsTrk ?? q.Trk, q.KmsInk, q.UserUri, q.PeriodNo);
                    output.WriteLine($"key set: {input.KeySet.UserUri} period {input.KeySet.KeyPeriodNo} of {input.KeySet.KmsUri}: valid here (uid, rsk pairing, ssk/pvt)"
                        + (input.Signatures.Length > 0 ? $"; signatures: {input.Signatures}" : ""));
                }
                byte[] wifiPassphrase = q.WifiPassphraseFile == null ? null : PassphraseOf(q.WifiPassphraseFile);
                ISerialLink link = openLink();
                var progress = new ProvisionProgressLine(error);
                var client = new ProvisioningClient(link) { ResponseTimeoutMs = q.TimeoutMs, Progress = progress.Show };
                var time = Stopwatch.StartNew();
                void Say(string line)
                {
                    progress.Done();   // the progress line (stderr) ends before a result line (stdout) starts
                    output.WriteLine(line);
                }
                try
                {
                    DeviceInfo info = client.GetDeviceInfo();
                    Say($"device: board={info.Board} firmware={info.FirmwareVersion} library={info.LibraryVersion} "
                        + $"transport-key={(info.HasTransportKey ? "set" : "none")} certificate={(info.HasCertificate ? "yes" : "no")} key-sets={info.KeySetCount} "
                        + $"self-test={SelfTestName(info.SelfTestState)}");
                    if (q.FirstUse) client.InstallTransportKey(q.Trk);
                    else client.UseTransportKey(q.Trk);
                    if (input != null) InstallKeySet(client, input, Say);
                    if (q.HasNetworkSettings)
                    {
                        client.InstallNetworkSettings(q.WifiSsid ?? "", wifiPassphrase, q.Peers);
                        Say($"network: ssid={(q.WifiSsid ?? "(none)")} passphrase={(wifiPassphrase == null ? "none" : "sent wrapped")} "
                            + $"peers={string.Join(",", q.Peers.Select(p => $"{p.Uri}={p.Host}:{p.MikeyPort}/{p.MediaPort}"))}");
                    }
                    KeyStoreListing listing = client.List();
                    Say($"provisioned: {(input == null ? "network settings" : $"{input.KeySet.UserUri} period {input.KeySet.KeyPeriodNo}")}; the radio holds "
                        + $"{listing.KeySetCount} key set(s) for KMS {listing.Certificate?.KmsUri} ({time.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
                    return 0;
                }
                finally
                {
                    progress.Done();
                    client.Wipe();
                    input?.KeySet.Wipe();
                    Secrets.Wipe(wifiPassphrase);
                    (link as IDisposable)?.Dispose();
                }
            });

        /// <summary>The certificate (unless the radio holds the same one) and the key set.</summary>
        private static void InstallKeySet(ProvisioningClient client, ProvisionInput input, Action<string> say)
        {
            var set = input.KeySet;
            KmsCertificate certificate = ToDevice(input.Certificate);
            // The radio commits every certificate it accepts; one it already holds is not sent again, so a
            // radio re-provisioned with the same KMS writes its flash once, for the key set, or not at all.
            KmsCertificate held = client.List().Certificate;
            bool same = certificate.SameKeysAs(held) && certificate.ValidFrom == held.ValidFrom && certificate.ValidTo == held.ValidTo;
            if (!same) client.InstallKmsCertificate(certificate);
            say($"certificate: {certificate.KmsUri} {(same ? "already on the radio" : "installed")}");
            client.InstallKeySet(set.UserUri, set.UserId, set.KeyPeriodNo, set.UserDecryptKey, set.UserSigningKeySsk, set.UserPubTokenPvt);
        }

        /// <summary>The first line of <paramref name="path"/> as UTF-8 octets (the passphrase never goes on a command line).</summary>
        private static byte[] PassphraseOf(string path)
        {
            string line = File.ReadLines(path).FirstOrDefault() ?? "";
            return System.Text.Encoding.UTF8.GetBytes(line);
        }

        private static string SelfTestName(int state) =>
            state == SelfTestState.Passed ? "passed" : state == SelfTestState.Failed ? "FAILED" : "not-run";

        private static KmsCertificate ToDevice(XmlCertificate c) =>
            new(c.KmsUri, int.Parse(c.UserIdFormat), c.UserKeyPeriod, c.UserKeyOffset, Ntp(c.ValidFrom), Ntp(c.ValidTo), c.PubEncKey, c.PubAuthKey);

        private static ulong Ntp(DateTime? t) => t == null ? 0 : Identity.KeyPeriod.NtpSeconds(t.Value.ToUniversalTime());
    }
}
