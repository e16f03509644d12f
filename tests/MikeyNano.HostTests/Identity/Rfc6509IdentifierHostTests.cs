using MikeyNano.Errors;
using MikeyNano.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Identity
{
    /// <summary>Host only: a .NET string can hold U+0000 (a nanoFramework string cannot, so the device suite passes the
    /// URI as octets instead). The UTF-8 octets of such a URI hold a zero octet, which the identifier refuses.</summary>
    [TestClass]
    public class Rfc6509IdentifierHostTests
    {
        [TestMethod]
        public void StringUriWithU0000IsRefused()
        {
            var e = Assert.ThrowsExactly<InvalidEncodingException>(() => Rfc6509Identifier.Create("2011-02", "a\0b"));
            StringAssert.Contains(e.Message, "zero octet");
            Assert.ThrowsExactly<InvalidEncodingException>(() => Rfc6509Identifier.Create(2011, 2, "tel:+1\0"));
            Assert.ThrowsExactly<InvalidEncodingException>(() => Rfc6509Identifier.Create(2011, 2, "\uD800"), "lone surrogate");
        }
    }
}
