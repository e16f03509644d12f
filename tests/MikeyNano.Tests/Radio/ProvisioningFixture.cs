using MikeyNano.Bytes;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// A radio's provisioning side wired to a client over a <see cref="PumpedLink"/>: a key store on
    /// <see cref="MemoryKeyStorage"/>, the server with a deterministic RNG, and a clock inside key period 236 of
    /// Streamwide's KMS (the one Alice's published keys are for: StreamwideVectors, UserKeyPeriod 16777215, offset 0).
    /// </summary>
    public sealed class ProvisioningFixture
    {
        /// <summary>NTP seconds 1000 s into key period 236 (236 x 16777215 + 1000).</summary>
        public const ulong Now = 3959423740;
        public static byte[] DeviceKey { get { return Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"); } }
        /// <summary>32 ASCII octets: "transport key of this test radi!".</summary>
        public static byte[] Trk { get { return Hex.Decode("7472616e73706f7274206b6579206f6620746869732074657374207261646921"); } }

        public readonly MemoryKeyStorage Storage = new MemoryKeyStorage();
        public readonly ManualClock Clock = new ManualClock(Now);
        public readonly TestDevice Device = new TestDevice();
        public readonly PumpedLink Link;
        public KeyStore Store;
        public ProvisioningServer Server;
        public readonly ProvisioningClient Client;

        public ProvisioningFixture()
        {
            Link = new PumpedLink(Clock);
            Store = new KeyStore(Storage, DeviceKey);
            Server = new ProvisioningServer(Link.DeviceEnd, Store, Clock, new CounterRandomSource(7), Device);
            Link.Server = Server;
            Client = new ProvisioningClient(Link, Clock);
            Client.KeyCheckTimeoutMs = 20000;
        }

        /// <summary>Streamwide's KMS (the KmsCertificate fields of StreamwideVectors), with no validity limits.</summary>
        public static KmsCertificate StreamwideCertificate()
        {
            return new KmsCertificate(StreamwideVectors.KmsUri, 2, StreamwideVectors.UserKeyPeriod, StreamwideVectors.UserKeyOffset, 0, 0,
                Hex.Decode(StreamwideVectors.PubEncKey), Hex.Decode(StreamwideVectors.PubAuthKey));
        }

        /// <summary>The store as a device booting now would find it, encoded (to compare before and after).</summary>
        public string StoredState()
        {
            return Hex.Encode(new KeyStore(Storage, DeviceKey).Image.Encode());
        }

        /// <summary>Sends Alice's published key set for key period 236 (StreamwideVectors), RSK and SSK wrapped under TrK.</summary>
        public void InstallAlice()
        {
            Client.InstallKeySet(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), 236, Hex.Decode(StreamwideVectors.AliceRsk),
                Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt));
        }

        /// <summary>First transport key and Streamwide's certificate installed.</summary>
        public ProvisioningFixture WithTrkAndCertificate()
        {
            Client.InstallTransportKey(Trk);
            Client.InstallKmsCertificate(StreamwideCertificate());
            return this;
        }
    }
}
