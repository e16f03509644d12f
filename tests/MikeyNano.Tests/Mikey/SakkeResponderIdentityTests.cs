using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>
    /// The responder keeps the URIs of IDR payloads as octets: an IDRi that is empty, holds a zero octet or is not
    /// strict UTF-8 is Invalid-ID (RFC 3830 error 7), and an IDRr is compared with our URI octet for octet. On
    /// nanoFramework a string cannot hold U+0000, so a responder that read "sip:alice@..." 00 as a string would see
    /// "sip:alice@..." and accept a message addressed to another identity. The messages are RFC 6509 (ID scheme 1)
    /// I_MESSAGEs with an empty signature: each refusal must come before the signature check, which the controls reach.
    /// </summary>
    [TestClass]
    public class SakkeResponderIdentityTests
    {
        // T of the messages: in the key period of Alice's keys (the Streamwide vectors' T), so that the controls reach
        // the signature check.
        private const ulong MessageTime = 0xec898da8;
        // HDR (data type 26, CSB ID 1, empty map), T (NTP-UTC), RAND (16 octets), then the IDR payloads.
        private const string Head = "011a05000000000100010b00ec898da8000000000e10000102030405060708090a0b0c0d0e0f";
        // The reproducer of issue 11 Low 14: Head with T = 0xe98abba2, IDRi "a" 00, SAKKE without data, SIGN without signature.
        private const string Reproducer = "011a05000000000100010b00e98abba2000000000e10000102030405060708090a0b0c0d0e0f1a01010002610004010100002000";
        // SAKKE (parameter set 1, ID scheme 1, 273 octets of data: zeros) and SIGN (ECCSI, no signature).
        private static byte[] Tail()
        {
            return Octets.Concat(Octets.Concat(Hex.Decode("0401010111"), new byte[273]), Hex.Decode("2000"));
        }

        private static byte[] Idr(int next, int role, byte[] uri)
        {
            byte[] b = new byte[5 + uri.Length];
            b[0] = (byte)next;
            b[1] = (byte)role;
            b[2] = 1; // ID type URI
            b[3] = (byte)(uri.Length >> 8);
            b[4] = (byte)uri.Length;
            System.Array.Copy(uri, 0, b, 5, uri.Length);
            return b;
        }

        private static byte[] Message(byte[] idri, byte[] idrr)
        {
            if (idrr == null) return Octets.Concat(Hex.Decode(Head), Idr(0x1a, 1, idri), Tail());
            return Octets.Concat(Octets.Concat(Hex.Decode(Head), Idr(0x0e, 1, idri)), Idr(0x1a, 2, idrr), Tail());
        }

        private static void Refused(byte[] message, MikeyErrorCode code, string fragment)
        {
            Refused(message, MessageTime, code, fragment);
        }

        private static void Refused(byte[] message, ulong now, MikeyErrorCode code, string fragment)
        {
            SakkeResponder responder = new SakkeResponder(SakkeResponderVectorTests.Alice(), null, new ReplayCache(16, 300));
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), fragment, delegate { responder.Process(message, now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
        }

        [TestMethod]
        public void IdriWithAZeroOctetIsInvalidId()
        {
            Refused(Hex.Decode(Reproducer), 0xe98abba2, MikeyErrorCode.InvalidId, "00");
            Refused(Message(Hex.Decode("6100"), null), MikeyErrorCode.InvalidId, "00"); // the same in Alice's key period
        }

        [TestMethod]
        public void EmptyOrMalformedIdriIsInvalidId()
        {
            Refused(Message(new byte[0], null), MikeyErrorCode.InvalidId, "empty");
            Refused(Message(Hex.Decode("C0AF"), null), MikeyErrorCode.InvalidId, "overlong");
            Refused(Message(Hex.Decode("61ED A080"), null), MikeyErrorCode.InvalidId, "surrogate");
            // Control: a well-formed IDRi passes these checks and the message fails where it must, at the signature.
            Refused(Message(Hex.Decode("61"), null), MikeyErrorCode.AuthFailure, "signature");
        }

        [TestMethod]
        public void IdrrIsComparedAsOctets()
        {
            byte[] alice = Utf8.Encode(StreamwideVectors.AliceUri);
            Refused(Message(Hex.Decode("61"), Octets.Concat(alice, new byte[1])), MikeyErrorCode.InvalidId, "is for 0x");
            Refused(Message(Hex.Decode("61"), Utf8.Encode("sip:bob@streamwide.com")), MikeyErrorCode.InvalidId, "is for 'sip:bob@streamwide.com'");
            Refused(Message(Hex.Decode("61"), alice), MikeyErrorCode.AuthFailure, "signature"); // control: ours
        }

        [TestMethod]
        public void ReceivedCallOffersOctetsAndACheckedString()
        {
            ReceivedCall call = new ReceivedCall(null, new byte[1], Hex.Decode("7369703a61"), new byte[16], null, false);
            Assert.AreEqual("sip:a", call.InitiatorUri);
            Expect.Hex("7369703a61", call.InitiatorUriOctets, "octets");
            ReceivedCall nul = new ReceivedCall(null, new byte[1], Hex.Decode("610062"), new byte[16], null, false);
            Expect.Throws(typeof(InvalidEncodingException), "00", delegate { string s = nul.InitiatorUri; });
            Assert.IsNull(new ReceivedCall(null, new byte[1], null, new byte[16], null, false).InitiatorUri);
        }
    }
}
