#nullable enable
using MikeyNano.Eccsi;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;

namespace MikeyNano.HostTests.Mikey;

/// <summary>A test KMS (SAKKE and ECCSI keys, 30-day key periods from NTP second <c>userKeyOffset</c>, 0 unless given)
/// that issues validated user keys for a key period, with a deterministic RNG: the setting of the host tests that run
/// whole MIKEY-SAKKE calls.</summary>
public sealed class TestCommunity
{
    public const string KmsUri = "kms.example.org";
    public const ulong KeyPeriodSeconds = 2592000;

    public TestCommunity(ulong seed, ulong userKeyOffset = 0)
    {
        Rng = new CounterRandomSource(seed);
        Sakke = SakkeKms.Generate(Rng);
        Eccsi = EccsiKms.Generate(Rng);
        Kms = new KmsPublicKeys(KmsUri, Sakke.PublicKey, Eccsi.Kpak, KeyPeriodSeconds, userKeyOffset);
    }

    public CounterRandomSource Rng { get; }
    public SakkeKms Sakke { get; }
    public EccsiKms Eccsi { get; }
    public KmsPublicKeys Kms { get; }

    /// <summary>The keys of <paramref name="uri"/> under <paramref name="scheme"/> for the key period of NTP time
    /// <paramref name="ntpSeconds"/>.</summary>
    public UserKeyMaterial Issue(string uri, int scheme, ulong ntpSeconds, bool tables = false)
    {
        byte[] id = IdentityScheme.Identifier(scheme, uri, Kms, ntpSeconds);
        byte[] ssk = Eccsi.Issue(id, Rng, out byte[] pvt);
        if (scheme == IdentityScheme.TelUriMonthly) return new UserKeyMaterial(uri, id, Kms, Sakke.IssueRsk(id), ssk, pvt, tables);
        return new UserKeyMaterial(uri, id, Kms, KeyPeriod.Number(ntpSeconds, KeyPeriodSeconds, 0), Sakke.IssueRsk(id), ssk, pvt, tables);
    }

    /// <summary>A call offer to <paramref name="to"/> under the identity scheme of <paramref name="scheme"/>.</summary>
    public CallOffer Offer(UserKeyMaterial to, int scheme) => new(to.Uri, Kms) { IdScheme = scheme };
}
