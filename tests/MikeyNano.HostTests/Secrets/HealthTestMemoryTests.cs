#nullable enable
using System;
using System.Reflection;
using MikeyNano.Entropy;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Secrets;

/// <summary>
/// The RNG's health tests keep one sample each between calls (the Repetition Count Test its last sample, the Adaptive
/// Proportion Test its window's first, A): <see cref="DeviceRandomSource"/> makes both octets it drew for the tests and
/// never handed out (guard octets), so a memory dump finds no octet of a key the caller drew (issue 11).
/// </summary>
[TestClass]
public class HealthTestMemoryTests
{
    private const byte GuardValue = 0xAA;

    /// <summary>Draws of one octet (the guards) give 0xAA; longer draws cycle through the other 255 values, so no
    /// octet handed out is 0xAA.</summary>
    private sealed class MarkedRandom : Random
    {
        private int _next;
        public override void NextBytes(byte[] buffer)
        {
            if (buffer.Length == 1) { buffer[0] = GuardValue; return; }
            for (int i = 0; i < buffer.Length; i++)
            {
                _next = (_next + 1) % 256;
                if (_next == GuardValue) _next++;
                buffer[i] = (byte)_next;
            }
        }
    }

    private static int Kept(object owner, string path)
    {
        object? o = owner;
        foreach (string name in path.Split('.'))
            o = o!.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(o);
        return (int)o!;
    }

    [TestMethod]
    public void TheHealthTestsKeepNoOctetHandedOut()
    {
        var ctor = typeof(DeviceRandomSource).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, new[] { typeof(Random) })!;
        var rng = (DeviceRandomSource)ctor.Invoke(new object[] { new MarkedRandom() });
        int total = 0;
        // sizes that end inside a window, on its last octet, across one and across several windows
        foreach (int size in new[] { 2, 32, 16, 477, 512, 513, 1500, 3, 511 })
        {
            byte[] buffer = new byte[size];
            rng.Fill(buffer, 0, size);
            total += size;
            Assert.AreEqual(-1, Array.IndexOf(buffer, GuardValue), "no guard octet is handed out");
            Assert.AreEqual(GuardValue, Kept(rng, "_health._rct._last"), $"after {total} octets the Repetition Count Test keeps an octet handed out");
            Assert.AreEqual(GuardValue, Kept(rng, "_health._apt._a"), $"after {total} octets the Adaptive Proportion Test keeps an octet handed out");
        }
    }
}
