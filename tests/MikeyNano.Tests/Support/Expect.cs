using System;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Support
{
    /// <summary>The assertions that MSTest and nanoFramework.TestFramework spell differently, written once in the
    /// shared subset.</summary>
    public static class Expect
    {
        /// <summary>The delegate type both frameworks can call (no generic Action on the device).</summary>
        public delegate void Body();

        /// <summary>Passes only if <paramref name="body"/> throws <paramref name="type"/> or a subclass of it; returns it.</summary>
        public static Exception Throws(Type type, Body body)
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                if (type.IsInstanceOfType(e)) return e;
                Assert.IsTrue(false, "expected " + type.Name + " but got " + e.GetType().Name + ": " + e.Message);
            }
            Assert.IsTrue(false, "expected " + type.Name + " but nothing was thrown");
            return null;
        }

        /// <summary>Passes only if <paramref name="body"/> throws <paramref name="type"/> (or a subclass) with a message
        /// that contains <paramref name="fragment"/>: the refusal must say what was wrong.</summary>
        public static Exception Throws(Type type, string fragment, Body body)
        {
            Exception e = Throws(type, body);
            Assert.IsTrue(e.Message.IndexOf(fragment) >= 0, "the message should mention '" + fragment + "': " + e.Message);
            return e;
        }

        /// <summary>Compares byte arrays as hex so a failure shows both values.</summary>
        public static void Hex(string expectedHex, byte[] actual, string what)
        {
            Assert.AreEqual(MikeyNano.Bytes.Hex.Encode(MikeyNano.Bytes.Hex.Decode(expectedHex)), MikeyNano.Bytes.Hex.Encode(actual), what);
        }
    }
}
