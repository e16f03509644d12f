using System;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;

namespace MikeyNano.HostTests.Cli;

/// <summary>
/// The host's end of the provisioning line with a fault on every frame of one command the host sends (so the client's
/// one resend in a new session meets it too): one bit flipped at octet <c>at</c> of the frame with its CRC-32 left as
/// it was (a line error), or flipped and the CRC-32 made good again (someone altering the frame), or only the frame's
/// first <c>at</c> octets sent and then nothing (a cable pulled mid-transfer). Other frames pass unchanged.
/// </summary>
public sealed class FrameFaultLink : ISerialLink, IDisposable
{
    public enum Fault { FlipBit, FlipBitFixCrc, Cut }

    private readonly ISerialLink _inner;
    private readonly int _command;
    private readonly Fault _fault;
    private readonly Func<int, int> _at;
    private byte[] _frame;
    private int _held;

    /// <param name="inner">the real host end (SerialPortLink on the pty)</param>
    /// <param name="command">the command whose frames are faulted (ProvisioningCommand.InstallKeySet)</param>
    /// <param name="fault">what happens to them</param>
    /// <param name="at">the frame's octet the fault hits, given the frame's length</param>
    public FrameFaultLink(ISerialLink inner, int command, Fault fault, Func<int, int> at)
    {
        _inner = inner;
        _command = command;
        _fault = fault;
        _at = at;
    }

    /// <summary>Frames faulted so far.</summary>
    public int Faulted { get; private set; }

    public int Read(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Read(buffer, offset, count, timeoutMs);

    // ProvisioningClient writes a frame from its first octet in one or more chunks: a chunk that starts with the
    // header of the command's frame starts holding it back until it is whole.
    public void Write(byte[] buffer, int offset, int count)
    {
        if (_frame == null && count >= Frame.HeaderLength && buffer[offset] == Frame.Magic0 && buffer[offset + 1] == Frame.Magic1 && buffer[offset + 3] == _command)
        {
            _frame = new byte[Frame.HeaderLength + (buffer[offset + 6] << 8 | buffer[offset + 7]) + Frame.CrcLength];
            _held = 0;
        }
        if (_frame == null)
        {
            _inner.Write(buffer, offset, count);
            return;
        }
        Array.Copy(buffer, offset, _frame, _held, count);
        _held += count;
        if (_held < _frame.Length) return;
        byte[] frame = _frame;
        _frame = null;
        Faulted++;
        int at = _at(frame.Length);
        if (_fault == Fault.Cut)
        {
            _inner.Write(frame, 0, at);
            return;
        }
        frame[at] ^= 0x10;
        if (_fault == Fault.FlipBitFixCrc)
        {
            uint crc = FrameCrc32.Compute(frame, 0, frame.Length - Frame.CrcLength);
            for (int i = 0; i < Frame.CrcLength; i++) frame[frame.Length - 1 - i] = (byte)(crc >> (8 * i));
        }
        _inner.Write(frame, 0, frame.Length);
    }

    public void Dispose() => (_inner as IDisposable)?.Dispose();
}
