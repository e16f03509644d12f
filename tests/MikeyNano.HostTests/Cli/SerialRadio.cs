using System;
using System.IO;
using System.Linq;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.HostTests.Radio;
using MikeyNano.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>
/// An emulated radio as `mikeynano radio --serial &lt;tty&gt; --store &lt;dir&gt;` runs it (RadioRun, in this process on
/// its own thread): its provisioning UART on the device end of its own socat pseudo-terminal pair, its flash (key store
/// records, device.key) in a fresh directory, MIKEY and SRTP on free loopback UDP ports. The host tool opens
/// <see cref="HostEnd"/>.
/// </summary>
internal sealed class SerialRadio : IDisposable
{
    private readonly SocatPtyPair _pty;
    private readonly StringWriter _output = new();
    private readonly Thread _thread;
    private int _code = -1;
    private volatile Exception _fault;

    /// <param name="name">the radio's name on its console lines</param>
    /// <param name="configure">peers and push-to-talk, set before it boots</param>
    public SerialRadio(string name, Action<RadioOptions> configure = null)
    {
        _pty = new SocatPtyPair();
        StoreDir = EmulatedRadioKeys.TempDir();
        Options = new RadioOptions { Name = name, Serial = _pty.DeviceEnd, StoreDir = StoreDir, Port = EmulatedRadioCallTests.FreeUdpPortPair() };
        configure?.Invoke(Options);
        Run = new RadioRun(Options, TextWriter.Synchronized(_output));
        // An exception on the radio's thread (a port taken meanwhile) would end the test host: kept and reported.
        _thread = new Thread(() =>
        {
            try { _code = Run.Run(); }
            catch (Exception e) { _fault = e; }
        }) { IsBackground = true, Name = "radio " + name };
        _thread.Start();
        // The power-on self-test runs before provisioning is served: generous on a loaded 2-core machine.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Run.Booted.Wait(100))
        {
            if (_fault == null && waited.ElapsedMilliseconds < 120000) continue;
            string output = Output;
            Dispose();   // no socat or radio thread left behind by a failed start
            Assert.Fail($"radio {name} did not boot within 120 s: {_fault}\n{output}");
        }
    }

    public RadioOptions Options { get; }
    public RadioRun Run { get; }
    /// <summary>The end `mikeynano provision --port` opens.</summary>
    public string HostEnd => _pty.HostEnd;
    /// <summary>The emulated flash.</summary>
    public string StoreDir { get; }
    /// <summary>The radio's console so far.</summary>
    public string Output => _output.ToString();

    /// <summary>Every record of the emulated flash, name and octets: what the radio would find at its next boot.</summary>
    public string StoredState() => string.Join("\n", Directory.GetFiles(StoreDir).OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => Path.GetFileName(f) + "=" + Hex.Encode(File.ReadAllBytes(f))));

    /// <summary>The radio loads a key set in its loop after provisioning commits it: waits (30 s at most) until it runs
    /// on <paramref name="uri"/>'s keys, Ready.</summary>
    public void WaitForKeys(string uri)
    {
        for (int i = 0; i < 600 && (Run.Device.Keys?.Uri != uri || Run.Device.State != RadioState.Ready); i++) Thread.Sleep(50);
        Assert.AreEqual(uri, Run.Device.Keys?.Uri, Output);
        Assert.AreEqual(RadioState.Ready, Run.Device.State, Output);
    }

    /// <summary>Stops the radio and returns its exit code.</summary>
    public int Stop()
    {
        Run.Stop();
        if (!_thread.Join(30000)) Assert.Fail($"radio {Options.Name} did not stop\n{Output}");
        if (_fault != null) Assert.Fail($"radio {Options.Name} failed: {_fault}\n{Output}");
        return _code;
    }

    public void Dispose()
    {
        if (_thread.IsAlive) Stop();
        Run.Dispose();
        _pty.Dispose();
        try { Directory.Delete(StoreDir, true); } catch (IOException) { }
    }
}
