using MikeyNano.Bytes;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>
    /// One key set as a KMS issued it, not yet validated (TS 33.180 KmsKeySet): the user's URI and 3GPP UID for key
    /// period <see cref="KeyPeriodNumber"/> (KeyPeriodNo) of <see cref="Kms"/>, the SAKKE RSK and the ECCSI SSK and
    /// PVT. <see cref="FixedKeySource"/> validates it each time the radio opens it.
    /// </summary>
    public sealed class RadioKeySet
    {
        public RadioKeySet(string uri, byte[] identifier, KmsPublicKeys kms, ulong keyPeriodNumber, byte[] rsk, byte[] ssk, byte[] pvt)
        {
            if (kms == null) throw new System.ArgumentNullException("kms");
            Uri = uri;
            Identifier = identifier;
            Kms = kms;
            KeyPeriodNumber = keyPeriodNumber;
            Rsk = rsk;
            Ssk = ssk;
            Pvt = pvt;
        }

        public string Uri { get; private set; }
        public byte[] Identifier { get; private set; }
        public KmsPublicKeys Kms { get; private set; }
        public ulong KeyPeriodNumber { get; private set; }
        public byte[] Rsk { get; private set; }
        public byte[] Ssk { get; private set; }
        public byte[] Pvt { get; private set; }

        /// <summary>Zeroes the RSK and the SSK (the PVT and the identifier are public).</summary>
        public void Wipe()
        {
            Secrets.Wipe(Rsk);
            Secrets.Wipe(Ssk);
        }
    }
}
