#nullable enable
using System.Reflection;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Secrets;

/// <summary>
/// What an SrtpContext keeps across a re-key (docs/security.md, "What each type keeps"): per direction, the session keys
/// of at most two key-derivation indexes, the current one and a second slot with the last other index a packet used.
/// After a re-key that slot holds the previous index's keys (late packets still decrypt) until a packet of yet another
/// index derives into it.
/// </summary>
[TestClass]
public class SrtpKeySlotTests
{
    private static ulong SlotR(SrtpContext c, string field)
    {
        object keys = typeof(SrtpContext).GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(c)!;
        return (ulong)keys.GetType().GetProperty("R")!.GetValue(keys)!;
    }

    [TestMethod]
    public void ARekeyKeepsThePreviousIndexKeysUntilAnotherIndexNeedsTheSlot()
    {
        SrtpPolicy policy = SrtpPolicy.AesCm128HmacSha1_80();
        policy.KeyDerivationRate = 16; // r = index / 16
        byte[] key = new byte[16], salt = new byte[14];
        for (int i = 0; i < key.Length; i++) key[i] = (byte)(i + 1);
        var tx = new SrtpContext(key, salt, 42, 0, policy) { NextSequenceNumber = 0 };
        var rx = new SrtpContext(key, salt, 42, 0, policy);
        byte[] payload = Ascii.Bytes("twenty octets of voice data!");
        var sent = new byte[40][];
        for (int seq = 0; seq < 40; seq++)
        {
            byte[] packet = new byte[128];
            int n = tx.ProtectNextFrame(0, false, (uint)seq * 160, payload, 0, payload.Length, packet, 0);
            sent[seq] = packet[..n];
        }
        byte[] plain = new byte[128];
        for (int seq = 0; seq < 15; seq++) rx.UnprotectRtp(sent[seq], 0, sent[seq].Length, plain, 0);
        Assert.AreEqual(0UL, SlotR(rx, "_rtpKeys"));
        rx.UnprotectRtp(sent[16], 0, sent[16].Length, plain, 0); // the re-key: r = 1 becomes current
        Assert.AreEqual(1UL, SlotR(rx, "_rtpKeys"));
        Assert.AreEqual(0UL, SlotR(rx, "_rtpKeysNext"), "the previous index's keys stay");
        rx.UnprotectRtp(sent[15], 0, sent[15].Length, plain, 0); // a late packet of r = 0 decrypts with them
        Assert.AreEqual(0UL, SlotR(rx, "_rtpKeysNext"));
        rx.UnprotectRtp(sent[33], 0, sent[33].Length, plain, 0); // r = 2 derives into the second slot, then is current
        Assert.AreEqual(2UL, SlotR(rx, "_rtpKeys"));
        Assert.AreEqual(1UL, SlotR(rx, "_rtpKeysNext"), "two indexes at most: r = 0's keys are gone");
    }
}
