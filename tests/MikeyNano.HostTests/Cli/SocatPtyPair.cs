using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli;

/// <summary>A real pseudo-terminal pair made by socat (`socat PTY,raw,echo=0,link=A PTY,raw,echo=0,link=B`): what
/// one end writes, the other reads, through the kernel's tty layer, as a USB serial adapter would carry it.</summary>
internal sealed class SocatPtyPair : IDisposable
{
    private readonly Process _socat;
    private readonly string _dir;

    public SocatPtyPair()
    {
        _dir = Directory.CreateTempSubdirectory("mikeynano-pty").FullName;
        HostEnd = Path.Combine(_dir, "host");
        DeviceEnd = Path.Combine(_dir, "device");
        var start = new ProcessStartInfo("socat", $"PTY,raw,echo=0,link={HostEnd} PTY,raw,echo=0,link={DeviceEnd}")
        {
            RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            _socat = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("socat is not installed but CI=true: .ci/install-deps must install it");
            Assert.Inconclusive("socat is not installed (run: bash .ci/install-deps)");
        }
        for (int i = 0; i < 100 && !(File.Exists(HostEnd) && File.Exists(DeviceEnd)); i++) Thread.Sleep(50);
        if (!File.Exists(HostEnd) || !File.Exists(DeviceEnd)) Assert.Fail("socat made no pseudo-terminal pair: " + _socat.StandardError.ReadToEnd());
    }

    /// <summary>The end the host tool opens (`mikeynano provision --port`).</summary>
    public string HostEnd { get; }
    /// <summary>The end the emulated radio's provisioning UART sits on.</summary>
    public string DeviceEnd { get; }

    public void Dispose()
    {
        if (!_socat.HasExited) _socat.Kill();
        _socat.WaitForExit(5000);
        _socat.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
