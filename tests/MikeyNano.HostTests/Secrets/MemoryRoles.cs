#nullable enable
using System.Collections.Generic;
using System.Linq;

namespace MikeyNano.HostTests.Secrets;

/// <summary>
/// The fields whose arrays may stay non-zero between calls, each with the reason (the owning type's doc). Everything
/// else a walk reaches is scratch and must be all zero between calls. An entry "A.f" applies to everything reached
/// through field f of type A; "A.f&gt;B.g" only to field g of a B reached through A.f. Each entry must be met by the
/// walks of <see cref="ScratchWalkTests"/> (a stale entry fails the test), so the list cannot grow unnoticed.
/// </summary>
public static class MemoryRoles
{
    /// <summary>Constants, shared tables and caches, most reached through the statics, which every walk reads.</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> Shared = new()
    {
        ["SakkeParameterSet1._q"] = (Role.Public, "q"),
        ["SakkeParameterSet1._pEncoded"] = (Role.Public, "the encoded base point P"),
        ["SakkeParameterSet1._g"] = (Role.Public, "g = <P, P>"),
        ["MontgomeryField._p"] = (Role.Public, "the modulus"),
        ["MontgomeryField._r2"] = (Role.Public, "Montgomery constant R^2 mod p"),
        ["MontgomeryField._r3"] = (Role.Public, "Montgomery constant R^3 mod p"),
        ["MontgomeryField._one"] = (Role.Public, "Montgomery constant R mod p"),
        ["MontgomeryField._rawOne"] = (Role.Public, "the integer 1"),
        ["MontgomeryField._pMinus2"] = (Role.Public, "the exponent p - 2"),
        ["MontgomeryField._sqrtExp"] = (Role.Public, "the exponent (p + 1) / 4"),
        ["MontgomeryField._invertSchedule"] = (Role.Public, "the addition chain of p - 2"),
        ["MontgomeryField._sqrtSchedule"] = (Role.Public, "the addition chain of (p + 1) / 4"),
        ["Sha256.K"] = (Role.Public, "SHA-256 round constants"),
        ["P256.OrderLimbs"] = (Role.Public, "n"),
        ["P256.PrimeLimbs"] = (Role.Public, "p"),
        ["P256Constants.B"] = (Role.Public, "the curve constant b"),
        ["P256Constants.Gx"] = (Role.Public, "the base point G"),
        ["P256Constants.Gy"] = (Role.Public, "the base point G"),
        ["P256Constants.OrderBytes"] = (Role.Public, "n"),
        ["P256Field.P"] = (Role.Public, "p"),
        ["P256Field.One"] = (Role.Public, "R mod p"),
        ["P256Field.PlainOne"] = (Role.Public, "the integer 1"),
        ["P256Field.RSquared"] = (Role.Public, "R^2 mod p"),
        ["P256Field.RCubed"] = (Role.Public, "R^3 mod p"),
        ["P256Field._invertSchedule"] = (Role.Public, "the addition chain of p - 2 (built on first use)"),
        ["P256Field._sqrtSchedule"] = (Role.Public, "the addition chain of (p + 1) / 4 (built on first use)"),
        ["EccsiHashes._g"] = (Role.Public, "the encoding of G"),
        ["DivstepInverse._m"] = (Role.Public, "the modulus in radix 2^30"),
        ["P256PrecomputedPoint._table"] = (Role.Public, "multiples of a public point (G, KPAK, a prepared public key)"),
        ["P256PrecomputedPoint._odd"] = (Role.Public, "odd multiples of a public point"),
        ["P256PrecomputedPoint._point"] = (Role.Public, "the public point"),
        ["P256._generatorOdd"] = (Role.Public, "G, 3G, ..., 15G of a context without G's table (kept by the context)"),
        ["P256ContextCache.Verifying"] = (Role.Public, "the spare context of public-input operations (verification)"),
    };

    /// <summary>ECCSI (RFC 6507): EccsiKms, EccsiSigner.</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> Eccsi = new()
    {
        ["EccsiSigner._ssk"] = (Role.Key, "EccsiSigner: the user's SSK for the key period"),
        ["EccsiKms._ksak"] = (Role.Key, "EccsiKms: the KMS secret KSAK"),
        ["EccsiSigner._pvt"] = (Role.Public, "PVT, public (sent in every signature)"),
        ["EccsiSigner._hs"] = (Role.Public, "HS = hash(G || KPAK || ID || PVT) of public values"),
        ["EccsiKms._kpak"] = (Role.Public, "KPAK, the KMS public key"),
    };

    /// <summary>SAKKE (RFC 6508): SakkeKms, SakkeSender, SakkeReceiver.</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> Sakke = new()
    {
        ["SakkeReceiver._rsk"] = (Role.Key, "SakkeReceiver: the user's RSK for the key period"),
        ["RskPairingTable._a"] = (Role.Key, "RskPairingTable: Miller-loop lines derived from the RSK (wiped with it)"),
        ["RskPairingTable._b"] = (Role.Key, "RskPairingTable: Miller-loop lines derived from the RSK (wiped with it)"),
        ["SakkeKms._z"] = (Role.Key, "SakkeKms: the KMS master secret z_T"),
        ["SakkeKms._publicKey"] = (Role.Public, "Z_T, the KMS public key"),
        ["SakkeSender._z"] = (Role.Public, "Z_T, the KMS public key"),
        ["SakkeReceiver._identifier"] = (Role.Public, "the user's identifier"),
        ["SakkeReceiver._qb"] = (Role.Public, "[b]P + Z_T of public b and Z_T"),
        ["RskPairingTable._isAddition"] = (Role.Public, "the bit pattern of q - 1"),
        ["SakkeContext._p"] = (Role.Public, "the base point P of parameter set 1"),
        ["SakkeContext._g"] = (Role.Public, "g = <P, P> of parameter set 1"),
        ["SakkeCombTable._table"] = (Role.Public, "combs of public points (P, Z_T, [b]P + Z_T)"),
        ["SakkeCombTable._q"] = (Role.Public, "q"),
        ["SakkeScalarMultiplier._q"] = (Role.Public, "q"),
        ["TatePairing._qm1"] = (Role.Public, "q - 1"),
    };

    /// <summary>P-256: P256KeyPair (ECDSA and ECDH keep nothing: their context is the shared signing cache).</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> P256 = new()
    {
        ["P256KeyPair._d"] = (Role.Key, "P256KeyPair: the private key d"),
        ["P256KeyPair.<PublicKey>k__BackingField"] = (Role.Public, "the public key Q"),
    };

    /// <summary>SRTP (RFC 3711, RFC 7714): SrtpContext and its session keys.</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> Srtp = new()
    {
        ["Aes._roundKeys"] = (Role.Key, "Aes: the expanded key of a keyed cipher (SRTP session and master keys)"),
        ["Hmac._innerState"] = (Role.Key, "Hmac: the keyed chaining values (RFC 2104 section 4)"),
        ["Hmac._outerState"] = (Role.Key, "Hmac: the keyed chaining values (RFC 2104 section 4)"),
        ["Hmac._hash>Sha1._h"] = (Role.Key, "Hmac: between messages its hash holds the keyed inner chaining value"),
        ["GHash._v"] = (Role.Key, "AesGcm: the multiples of the hash key H = E(K, 0) (SP 800-38D 6.4)"),
        ["SrtpSessionKeys.<Salt>k__BackingField"] = (Role.Key, "SrtpSessionKeys: the session salt k_s"),
        ["SrtpMasterKey._key"] = (Role.Key, "SrtpMasterKey: the master key, kept while kdr != 0 (re-keying)"),
        ["SrtpMasterKey._salt"] = (Role.Key, "SrtpMasterKey: the master salt, kept while kdr != 0 (re-keying)"),
        ["SrtpSessionKeys._encKey"] = (Role.Key, "SrtpSessionKeys: the derived session encryption key, until the managed cipher is keyed from it (with the native backend: its first managed packet)"),
        ["SrtpSessionKeys._authKey"] = (Role.Key, "SrtpSessionKeys: the derived session authentication key, until the managed HMAC is keyed from it"),
        ["SrtpContext._policy"] = (Role.Public, "the SRTP policy"),
        ["SrtpSessionKeys._policy"] = (Role.Public, "the SRTP policy"),
        ["SrtpContext._mki"] = (Role.Public, "the MKI, sent in every packet"),
        ["SrtpContext._aad"] = (Role.Public, "a copy of the public packet header (GCM associated data)"),
        ["SrtpContext._roc4"] = (Role.Public, "the rollover counter, public"),
    };

    /// <summary>MIKEY-SAKKE (RFC 6509): UserKeyMaterial, SakkeInitiator, SakkeResponder, OutgoingCall, ReceivedCall.</summary>
    public static readonly Dictionary<string, (Role Role, string Why)> Mikey = new()
    {
        ["EccsiVerifier._kpak"] = (Role.Public, "KPAK"),
        ["EccsiVerifier._kpakEncoded"] = (Role.Public, "KPAK"),
        ["EccsiVerifier._kpakTable"] = (Role.Public, "the comb of KPAK"),
        ["EccsiVerifier._slot"] = (Role.Public, "the context for verification (kept with precomputation): public inputs only"),
        ["UserKeyMaterial.<Identifier>k__BackingField"] = (Role.Public, "the user's identifier"),
        ["UserKeyMaterial.<Kms>k__BackingField"] = (Role.Public, "the KMS's public keys"),
        ["SakkeInitiator._senderKey"] = (Role.Public, "Z_T, the KMS public key its cached sender encapsulates to"),
        ["SakkeInitiator._rng"] = (Role.NotOwned, "the caller's RNG"),
        ["SakkeResponder._trusted"] = (Role.Public, "the trusted KMSs' public keys"),
        ["SakkeResponder._trustedUris"] = (Role.Public, "the trusted KMSs' URIs"),
        ["SakkeResponder._ownUri"] = (Role.Public, "our URI"),
        ["SakkeResponder.BoundRoles"] = (Role.Public, "the IDR roles the responder binds (constants)"),
        ["SakkeResponder._replay"] = (Role.Public, "digests of accepted messages' signed (public) parts and their times"),
        ["OutgoingCall.<Ssv>k__BackingField"] = (Role.Key, "OutgoingCall: the SSV, the caller's until Wipe()"),
        ["OutgoingCall.<Message>k__BackingField"] = (Role.Public, "the I_MESSAGE as sent"),
        ["OutgoingCall.<Parsed>k__BackingField"] = (Role.Public, "the I_MESSAGE as sent, parsed"),
        ["ReceivedCall.<Ssv>k__BackingField"] = (Role.Key, "ReceivedCall: the SSV, the caller's until Wipe()"),
        ["ReceivedCall.<Message>k__BackingField"] = (Role.Public, "the I_MESSAGE as received, parsed"),
        ["ReceivedCall.<InitiatorIdentifier>k__BackingField"] = (Role.Public, "the initiator's identifier"),
        ["ReceivedCall.<InitiatorUriOctets>k__BackingField"] = (Role.Public, "the initiator's URI"),
        ["CryptoSession.<MasterKey>k__BackingField"] = (Role.Key, "CryptoSession: the SRTP master key, the caller's until Wipe()"),
        ["CryptoSession.<MasterSalt>k__BackingField"] = (Role.Key, "CryptoSession: the SRTP master salt, the caller's until Wipe()"),
        ["CryptoSession.<Policy>k__BackingField"] = (Role.Public, "the SP payload of the message"),
        ["CryptoSession.<KeyIds>k__BackingField"] = (Role.Public, "key IDs of the message's GENERIC-ID map"),
    };

    private static readonly Dictionary<string, (Role Role, string Why)>[] Sections = { Shared, Eccsi, Sakke, P256, Srtp, Mikey };

    public static IEnumerable<string> Fields => Sections.SelectMany(d => d.Keys);

    public static bool Lists(string field) => Sections.Any(d => d.ContainsKey(field));

    public static Role Of(string field)
    {
        foreach (var d in Sections)
            if (d.TryGetValue(field, out var e)) return e.Role;
        return Role.Scratch;
    }
}
