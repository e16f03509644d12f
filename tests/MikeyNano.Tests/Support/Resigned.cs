using MikeyNano.Entropy;
using MikeyNano.Mikey;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Tests.Support
{
    /// <summary>A rewritten I_MESSAGE signed again by a real user's ECCSI key, as our initiator signs (RFC 6509 section 2:
    /// over HDR .. SIGN header): the signature is valid, so only the responder's other checks can refuse it.</summary>
    public static class Resigned
    {
        /// <summary>The octets of <paramref name="m"/> (whose last payload is SIGN) signed by <paramref name="signer"/>.</summary>
        public static byte[] By(MikeyMessage m, UserKeyMaterial signer, IRandomSource rng)
        {
            m.Encode();
            m.Signature.Signature = signer.Signer.Sign(m.GetSignedData(), rng);
            return m.Encode();
        }
    }
}
