using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The SRTP/SRTCP cryptographic context of one stream (one SSRC, one direction), RFC 3711 3.2: built from what
    /// MIKEY yields (master key, master salt, SSRC, ROC and the SP policy). Use one context to send and another
    /// to receive. After construction no call allocates, except when the key derivation rate forces new session
    /// keys (once per kdr packets) and when a managed packet path keys its AES and HMAC on first use (with the native
    /// backend, the first SRTCP packet of each direction). Not thread-safe.
    /// <para>Send: <see cref="ProtectFrame"/> / <see cref="ProtectNextFrame"/> (an encoder frame to an SRTP packet)
    /// or <see cref="ProtectRtp"/> (an RTP packet), and <see cref="ProtectRtcp"/>. Receive:
    /// <see cref="UnprotectRtp"/> and <see cref="UnprotectRtcp"/>. Output may be the input buffer at the same
    /// offset (in place) or a separate buffer; rejected packets throw <see cref="SrtpException"/>.</para>
    /// </summary>
    public sealed partial class SrtpContext
    {
        private readonly SrtpPolicy _policy;
        private readonly uint _ssrc;
        private readonly byte[] _mki;
        private SrtpMasterKey _master;        // kept only while kdr != 0 (session keys are re-derived)

        private SrtpSessionKeys _rtpKeys, _rtpKeysNext, _rtcpKeys, _rtcpKeysNext;
        private readonly RocEstimator _roc;
        private readonly ReplayWindow _rtpReplay = new ReplayWindow();
        private readonly ReplayWindow _rtcpReplay = new ReplayWindow();
        private uint _nextSrtcpIndex;
        private int _nextSequence;

        // per-packet scratch (preallocated)
        private readonly byte[] _iv = new byte[16];
        private readonly byte[] _mac = new byte[20];
        private readonly byte[] _roc4 = new byte[4];
        private byte[] _aad = new byte[12];

        /// <summary>A context without MKI.</summary>
        public SrtpContext(byte[] masterKey, byte[] masterSalt, uint ssrc, uint roc, SrtpPolicy policy)
            : this(masterKey, masterSalt, ssrc, roc, policy, null)
        {
        }

        /// <param name="masterKey">the TEK MIKEY derived (RFC 3830 4.1.3), policy.EncryptionKeyLength octets.</param>
        /// <param name="masterSalt">the salt MIKEY derived or carried, policy.SaltKeyLength octets.</param>
        /// <param name="ssrc">the SSRC of the stream (the CS map entry).</param>
        /// <param name="roc">the rollover counter of the stream at key start (the CS map entry).</param>
        /// <param name="policy">the SP policy; copied, later changes do not affect the context.</param>
        /// <param name="mki">the MKI carried in every packet (RFC 3711 3.1), or null for none.</param>
        public SrtpContext(byte[] masterKey, byte[] masterSalt, uint ssrc, uint roc, SrtpPolicy policy, byte[] mki)
        {
            if (policy == null) throw new SrtpException(SrtpError.InvalidPolicy, "no SRTP policy");
            _policy = policy.Clone();
            if (mki != null && _policy.MkiLength == 0) _policy.MkiLength = mki.Length;
            _policy.Validate();
            if (masterKey == null || masterKey.Length != _policy.EncryptionKeyLength)
                throw new SrtpException(SrtpError.InvalidPolicy, "master key must be " + _policy.EncryptionKeyLength + " octets");
            if (masterSalt == null || masterSalt.Length != _policy.SaltKeyLength)
                throw new SrtpException(SrtpError.InvalidPolicy, "master salt must be " + _policy.SaltKeyLength + " octets");
            if ((mki == null ? 0 : mki.Length) != _policy.MkiLength)
                throw new SrtpException(SrtpError.InvalidPolicy, "MKI must be " + _policy.MkiLength + " octets");
            _ssrc = ssrc;
            _mki = mki == null ? new byte[0] : Octets.Slice(mki, 0, mki.Length);
            _roc = new RocEstimator(roc);
            _master = new SrtpMasterKey(masterKey, masterSalt);
            _rtpKeys = new SrtpSessionKeys(_policy, false);
            _rtpKeysNext = new SrtpSessionKeys(_policy, false);
            _rtcpKeys = new SrtpSessionKeys(_policy, true);
            _rtcpKeysNext = new SrtpSessionKeys(_policy, true);
            ulong firstR = SrtpKeyDerivation.KeyDerivationIndex((ulong)roc << 16, _policy.KeyDerivationRate);
            _rtpKeys.Derive(_master, firstR);
            _rtcpKeys.Derive(_master, 0);
            if (_policy.KeyDerivationRate == 0)
            {
                _master.Wipe();
                _master = null;
            }
        }

        public uint Ssrc { get { return _ssrc; } }

        /// <summary>The policy in force (a copy: changing it has no effect).</summary>
        public SrtpPolicy Policy { get { return _policy.Clone(); } }

        /// <summary>The current rollover counter (RFC 3711 3.3.1).</summary>
        public uint Roc { get { return _roc.Roc; } }

        /// <summary>The sequence number <see cref="ProtectNextFrame"/> uses next (start it at a random value, RFC 3550 5.1).</summary>
        public int NextSequenceNumber
        {
            get { return _nextSequence; }
            set { _nextSequence = value & 0xFFFF; }
        }

        /// <summary>The SRTCP index <see cref="ProtectRtcp"/> uses next (RFC 3711 3.4: starts at 0). It may be moved
        /// forward (to follow a peer's numbering), never back: an index used twice would encrypt two packets with the
        /// same keystream (RFC 3711 9.1), so a value below the next index, or above 2^31 - 1, throws
        /// <see cref="SrtpException"/> (Replayed, resp. IndexExhausted) and changes nothing.</summary>
        public uint NextSrtcpIndex
        {
            get { return _nextSrtcpIndex; }
            set
            {
                if (value > 0x7FFFFFFF)
                    throw new SrtpException(SrtpError.IndexExhausted, "SRTCP indexes are 31 bits: " + value);
                if (value < _nextSrtcpIndex)
                    throw new SrtpException(SrtpError.Replayed, "SRTCP index " + value + " is below the next unused one ("
                        + _nextSrtcpIndex + "): indexes already used would repeat keystream");
                _nextSrtcpIndex = value;
            }
        }

        /// <summary>Octets an SRTP packet adds to its RTP packet (MKI and tag).</summary>
        public int RtpOverhead { get { return _mki.Length + _policy.RtpTagLength; } }

        /// <summary>Octets an SRTCP packet adds to its RTCP packet (E and index, MKI and tag).</summary>
        public int RtcpOverhead { get { return 4 + _mki.Length + _policy.RtcpTagLength; } }

        /// <summary>Wipes every key (session keys, GCM hash keys, and the master key and salt kept for re-keying) and
        /// the per-packet scratch; the context cannot be used afterwards.</summary>
        public void Wipe()
        {
            _rtpKeys.WipeKeys();
            _rtpKeysNext.WipeKeys();
            _rtcpKeys.WipeKeys();
            _rtcpKeysNext.WipeKeys();
            if (_master != null) _master.Wipe();
            _master = null;
            Secrets.Wipe(_iv);
            Secrets.Wipe(_mac);
        }

        /// <summary>After every packet, accepted or not: zeroizes what the packet left in scratch (the IV, which is
        /// the session salt XOR public values; the full HMAC; the cipher's last state and keystream; GCM's J0 and
        /// GHASH value) for the keys of that direction. The keys stay.</summary>
        private void WipeScratch(bool rtcp)
        {
            Secrets.Wipe(_iv);
            Secrets.Wipe(_mac);
            if (rtcp) { _rtcpKeys.WipeScratch(); _rtcpKeysNext.WipeScratch(); }
            else { _rtpKeys.WipeScratch(); _rtpKeysNext.WipeScratch(); }
        }

        /// <summary>The session keys for packet index <paramref name="index"/>: the current ones, or (when the key
        /// derivation index r differs, RFC 3711 4.3.1) the other set, derived on demand.</summary>
        private SrtpSessionKeys KeysFor(bool rtcp, ulong index)
        {
            SrtpSessionKeys current = rtcp ? _rtcpKeys : _rtpKeys;
            ulong r = SrtpKeyDerivation.KeyDerivationIndex(index, _policy.KeyDerivationRate);
            if (r == current.R) return current;
            if (_master == null)
                throw new SrtpException(SrtpError.InvalidPolicy, "the context was wiped");
            SrtpSessionKeys next = rtcp ? _rtcpKeysNext : _rtpKeysNext;
            if (next.R != r) next.Derive(_master, r);
            return next;
        }

        /// <summary>After a packet was accepted with <paramref name="used"/>: newer keys become the current ones.</summary>
        private void CommitKeys(bool rtcp, SrtpSessionKeys used)
        {
            if (rtcp)
            {
                if (used == _rtcpKeysNext && used.R > _rtcpKeys.R) { _rtcpKeysNext = _rtcpKeys; _rtcpKeys = used; }
            }
            else
            {
                if (used == _rtpKeysNext && used.R > _rtpKeys.R) { _rtpKeysNext = _rtpKeys; _rtpKeys = used; }
            }
        }

        private void CheckMki(byte[] packet, int mkiOffset)
        {
            for (int i = 0; i < _mki.Length; i++)
                if (packet[mkiOffset + i] != _mki[i])
                    throw new SrtpException(SrtpError.UnknownMki, "the packet's MKI is not this context's");
        }

        private static void CheckInput(byte[] packet, int offset, int length)
        {
            if (packet == null || offset < 0 || length < 0 || offset > packet.Length - length)
                throw new SrtpException(SrtpError.TooShort, "packet offset/length outside the buffer");
        }

        private static void CheckOutput(byte[] output, int outOffset, int needed)
        {
            if (output == null || outOffset < 0 || outOffset > output.Length - needed)
                throw new SrtpException(SrtpError.BufferTooSmall, "output buffer needs " + needed + " octets at offset " + outOffset);
        }

        /// <summary>Copies unless source and destination are the same place (in-place operation).</summary>
        private static void Move(byte[] src, int srcOffset, byte[] dst, int dstOffset, int count)
        {
            if (src == dst && srcOffset == dstOffset) return;
            System.Array.Copy(src, srcOffset, dst, dstOffset, count);
        }

        private void EnsureAad(int length)
        {
            if (_aad.Length < length) _aad = new byte[length];
        }
    }
}
