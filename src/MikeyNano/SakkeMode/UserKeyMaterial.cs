using System;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Sakke;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// A radio's own keys for one key period, as the KMS provisioned them (TS 33.180 KmsKeySet): its URI and
    /// identifier, its KMS, the key period, the SAKKE receiver secret key (RSK) and the ECCSI signing pair (SSK, PVT).
    /// The identifier is checked against the URI, the KMS and the period, so the keys are bound to all three
    /// (<see cref="InvalidKeyException"/> otherwise): a 3GPP UID must be the UID of the URI under the KMS for the key
    /// period number the KMS gave (TS 33.180 F.2.1), and the keys are valid in that key period; an RFC 6509 identifier
    /// must be "YYYY-MM" 00 URI 00 (RFC 6509 section 3.2), and the keys are valid in that month (UTC). Outside
    /// [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>) the initiator refuses to sign with them
    /// (<see cref="InvalidKeyException"/>) and the responder refuses a message whose T lies there (MikeyException
    /// Invalid-TS): a message signed or received with keys of another period would bind no identity.
    /// Both keys are validated when this object is built (RFC 6508 section 6.1.2, RFC 6507 section 5.1.2): a key that
    /// does not validate throws <see cref="InvalidKeyException"/> and nothing is kept. Building it also builds the
    /// precomputed tables when <c>precompute</c> is set (see docs/benchmarks.md for their size), so calls in the key
    /// period are fast.
    /// </summary>
    public sealed class UserKeyMaterial
    {
        private SakkeReceiver _receiver;
        private EccsiSigner _signer;

        /// <summary>3GPP TS 33.180 keys (ID scheme 2): <paramref name="identifier"/> is the user's UID (KmsKeySet
        /// UserID) for key period <paramref name="keyPeriodNumber"/> (KeyPeriodNo) of <paramref name="kms"/>.</summary>
        public UserKeyMaterial(string uri, byte[] identifier, KmsPublicKeys kms, ulong keyPeriodNumber, byte[] rsk, byte[] ssk,
                               byte[] pvt, bool precompute)
        {
            CheckUser(uri, identifier, kms);
            if (keyPeriodNumber >= (ulong.MaxValue - kms.UserKeyOffset) / kms.UserKeyPeriod)
                throw new InvalidKeyException("user keys: key period " + keyPeriodNumber + " ends beyond the NTP seconds we count");
            if (!ConstantTime.AreEqual(identifier, MikeySakkeUid.Compute(uri, kms.KmsUri, kms.UserKeyPeriod, kms.UserKeyOffset, keyPeriodNumber)))
                throw new InvalidKeyException("user keys: the identifier is not the UID of '" + uri + "' under KMS " + kms.KmsUri
                    + " for key period " + keyPeriodNumber);
            IdScheme = IdentityScheme.Uid3gpp;
            ValidFrom = KeyPeriod.Start(keyPeriodNumber, kms.UserKeyPeriod, kms.UserKeyOffset);
            ValidUntil = KeyPeriod.Start(keyPeriodNumber + 1, kms.UserKeyPeriod, kms.UserKeyOffset);
            Init(uri, identifier, kms, rsk, ssk, pvt, precompute);
        }

        /// <summary>RFC 6509 keys (ID scheme 1): <paramref name="identifier"/> is "YYYY-MM" 00 URI 00, and the keys are
        /// valid in that month. A 3GPP UID names no period: give it with its key period number (the other
        /// constructor).</summary>
        public UserKeyMaterial(string uri, byte[] identifier, KmsPublicKeys kms, byte[] rsk, byte[] ssk, byte[] pvt, bool precompute)
        {
            CheckUser(uri, identifier, kms);
            int month = Rfc6509Identifier.MonthOf(identifier);
            if (month < 0 || !ConstantTime.AreEqual(identifier, MonthIdentifier(month, uri)))
                throw new InvalidKeyException("user keys: the identifier is not RFC 6509 \"YYYY-MM\" 00 '" + uri
                    + "' 00 (a 3GPP UID needs its key period number)");
            if (month / 12 < 1900 || month / 12 > 9998)
                throw new InvalidKeyException("user keys: the month of the identifier is outside 1900-01 .. 9998-12");
            IdScheme = IdentityScheme.TelUriMonthly;
            ValidFrom = MonthStart(month);
            ValidUntil = MonthStart(month + 1);
            Init(uri, identifier, kms, rsk, ssk, pvt, precompute);
        }

        private static void CheckUser(string uri, byte[] identifier, KmsPublicKeys kms)
        {
            if (uri == null || uri.Length == 0) throw new InvalidKeyException("user keys: empty URI");
            if (identifier == null || identifier.Length == 0) throw new InvalidKeyException("user keys: no identifier");
            if (kms == null) throw new InvalidKeyException("user keys: no KMS");
        }

        private static byte[] MonthIdentifier(int month, string uri)
        {
            try
            {
                return Rfc6509Identifier.Create(month / 12, month % 12 + 1, uri);
            }
            catch (InvalidEncodingException e)
            {
                throw new InvalidKeyException("user keys: " + e.Message);
            }
        }

        // NTP seconds of the first instant of month index year * 12 + (month - 1), UTC.
        private static ulong MonthStart(int month)
        {
            return KeyPeriod.NtpSeconds(new DateTime(month / 12, month % 12 + 1, 1));
        }

        private void Init(string uri, byte[] identifier, KmsPublicKeys kms, byte[] rsk, byte[] ssk, byte[] pvt, bool precompute)
        {
            Uri = uri;
            Identifier = (byte[])identifier.Clone();
            Kms = kms;
            Precompute = precompute;
            _receiver = new SakkeReceiver(kms.SakkePublicKey, identifier, rsk, precompute);
            try
            {
                _signer = new EccsiSigner(kms.Kpak, identifier, ssk, pvt, precompute);
            }
            catch (MikeyNanoException)
            {
                _receiver.Wipe();
                throw;
            }
        }

        public string Uri { get; private set; }
        /// <summary>Whether the per-key-period tables are built: the responder's ECCSI verifier and the initiator's
        /// SAKKE sender follow it too, and so does every P-256 multiplication by G (ECCSI key validation, signing and
        /// verification), so a small device (no PSRAM) builds and uses no table anywhere.</summary>
        internal bool Precompute { get; private set; }
        /// <summary>The identifier the keys were issued for (RFC 6509 date||URI, or the 3GPP UID).</summary>
        public byte[] Identifier { get; private set; }
        public KmsPublicKeys Kms { get; private set; }
        /// <summary>The identity scheme of <see cref="Identifier"/>: <see cref="IdentityScheme.TelUriMonthly"/> or
        /// <see cref="IdentityScheme.Uid3gpp"/>; calls sent and received with these keys use it.</summary>
        public int IdScheme { get; private set; }
        /// <summary>The first NTP second (since 1900-01-01 UTC) of the key period the keys were issued for.</summary>
        public ulong ValidFrom { get; private set; }
        /// <summary>The first NTP second after that key period.</summary>
        public ulong ValidUntil { get; private set; }

        /// <summary>The signer, for a message whose T is <paramref name="ntpSeconds"/>.</summary>
        internal EccsiSigner SignerAt(ulong ntpSeconds)
        {
            CheckValidAt(ntpSeconds);
            return _signer;
        }

        /// <summary>The receiver, for a message whose T is <paramref name="ntpSeconds"/>.</summary>
        internal SakkeReceiver ReceiverAt(ulong ntpSeconds)
        {
            CheckValidAt(ntpSeconds);
            return _receiver;
        }

        /// <summary>Throws <see cref="InvalidKeyException"/> unless <paramref name="ntpSeconds"/> lies in the key period.</summary>
        internal void CheckValidAt(ulong ntpSeconds)
        {
            if (ntpSeconds < ValidFrom || ntpSeconds >= ValidUntil)
                throw new InvalidKeyException("the keys of '" + Uri + "' are for NTP seconds " + ValidFrom + " to " + (ValidUntil - 1)
                    + ", not " + ntpSeconds);
        }

        internal SakkeReceiver Receiver { get { return _receiver; } }
        internal EccsiSigner Signer { get { return _signer; } }

        /// <summary>Octets of precomputed tables held for this key period.</summary>
        public int TableMemoryBytes { get { return _receiver.TableMemoryBytes; } }

        /// <summary>Zeroizes the secret keys; the object is unusable afterwards.</summary>
        public void Wipe()
        {
            _receiver.Wipe();
            _signer.Wipe();
        }
    }
}
