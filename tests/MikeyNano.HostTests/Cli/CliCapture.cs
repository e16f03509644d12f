using System;
using System.IO;

namespace MikeyNano.HostTests.Cli;

/// <summary>Runs a CLI command's entry point in-process with captured standard output and error.</summary>
internal static class CliCapture
{
    public static (int Code, string Out, string Err) Run(Func<TextWriter, TextWriter, int> command)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = command(o, e);
        return (code, o.ToString(), e.ToString());
    }
}
