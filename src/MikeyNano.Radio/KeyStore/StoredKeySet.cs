using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// One user key set as the key store keeps it (TS 33.180 KmsKeySet): the user's URI and UID, the key period
    /// number, the PVT (public), and the RSK and SSK each wrapped with RFC 5649 under the store's wrapping key (never
    /// in clear at rest). Validated before it was stored (<see cref="Provisioning.KeySetCheck"/>).
    /// </summary>
    public sealed class StoredKeySet
    {
        public const int UidLength = 32;
        public const int PvtLength = 65;

        internal StoredKeySet(string userUri, byte[] userId, ulong keyPeriodNo, byte[] pvt, byte[] wrappedRsk, byte[] wrappedSsk)
        {
            UserUri = userUri;
            _userId = userId;
            KeyPeriodNo = keyPeriodNo;
            _pvt = pvt;
            WrappedRsk = wrappedRsk;
            WrappedSsk = wrappedSsk;
        }

        private readonly byte[] _userId;
        private readonly byte[] _pvt;

        public string UserUri { get; private set; }
        /// <summary>The 32-octet UID (a copy).</summary>
        public byte[] UserId { get { return (byte[])_userId.Clone(); } }
        public ulong KeyPeriodNo { get; private set; }
        internal byte[] Pvt { get { return _pvt; } }
        internal byte[] WrappedRsk { get; private set; }
        internal byte[] WrappedSsk { get; private set; }

        internal void WriteTo(PayloadWriter w)
        {
            w.Text8(UserUri, false);
            w.Octets(_userId);
            w.UInt64(KeyPeriodNo);
            w.Octets(_pvt);
            w.Octets16(WrappedRsk);
            w.Octets16(WrappedSsk);
        }

        internal static StoredKeySet ReadFrom(PayloadReader r)
        {
            string uri = r.Text8("UserUri");
            byte[] uid = r.Octets(UidLength, "UserID");
            ulong period = r.UInt64();
            byte[] pvt = r.Octets(PvtLength, "PVT");
            byte[] rsk = r.Octets16("wrapped RSK");
            byte[] ssk = r.Octets16("wrapped SSK");
            return new StoredKeySet(uri, uid, period, pvt, rsk, ssk);
        }
    }
}
