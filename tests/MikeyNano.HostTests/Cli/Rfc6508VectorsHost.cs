namespace MikeyNano.HostTests.Cli.Sakke;

/// <summary>RFC 6508 Appendix A values, re-exported from the device-compatible tests' copy
/// (MikeyNano.Tests.Sakke.Rfc6508Vectors, from ../shared/vectors/rfc6508-sakke-appendixA.txt).</summary>
static class Rfc6508VectorsHost
{
    public const string ZTx = MikeyNano.Tests.Sakke.Rfc6508Vectors.ZTx;
    public const string ZTy = MikeyNano.Tests.Sakke.Rfc6508Vectors.ZTy;
    public const string RskX = MikeyNano.Tests.Sakke.Rfc6508Vectors.RskX;
    public const string RskY = MikeyNano.Tests.Sakke.Rfc6508Vectors.RskY;
    public const string Sed = MikeyNano.Tests.Sakke.Rfc6508Vectors.Sed;
}
