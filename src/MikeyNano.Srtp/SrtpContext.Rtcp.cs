using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;

namespace MikeyNano.Srtp
{
    // SRTCP (RFC 3711 3.4; RFC 7714 9 for AES-GCM). Packet layouts:
    //   AES-CM:  header(8) || E-payload || E|index(4) || MKI || tag      (tag over header .. index)
    //   AES-GCM: header(8) || E-payload || tag || E|index(4) || MKI      (AAD = header || E|index when E = 1)
    public sealed partial class SrtpContext
    {
        private const int RtcpTrailerLength = 4;
        private const uint EncryptedFlag = 0x80000000u;

        /// <summary>
        /// Protects the (compound) RTCP packet <paramref name="packet"/>[offset, offset + length) into
        /// <paramref name="output"/> (same buffer and offset for in place; the buffer needs
        /// <see cref="RtcpOverhead"/> more octets) with SRTCP index <see cref="NextSrtcpIndex"/>, which then
        /// advances. Returns the SRTCP packet length.
        /// </summary>
        public int ProtectRtcp(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            try { return ProtectRtcpCore(packet, offset, length, output, outOffset); }
            finally { WipeScratch(true); }
        }

        private int ProtectRtcpCore(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            CheckInput(packet, offset, length);
            RtpPacket.CheckRtcpHeader(packet, offset, length);
            CheckSsrc(RtpPacket.RtcpSsrc(packet, offset));
            int tagLength = _policy.RtcpTagLength;
            int total = length + RtcpOverhead;
            CheckOutput(output, outOffset, total);
            uint index = _nextSrtcpIndex;
            if (index > 0x7FFFFFFF)
                throw new SrtpException(SrtpError.IndexExhausted, "SRTCP index space (2^31) exhausted: re-key");
            bool encrypt = _policy.SrtcpEncryption && _policy.EncryptionAlgorithm != SrtpPolicy.EncryptionNull;
            uint trailer = (encrypt ? EncryptedFlag : 0u) | index;
            SrtpSessionKeys keys = KeysFor(true, index);
            int h = RtpPacket.RtcpHeaderLength;
            if (_policy.IsAead)
            {
                SrtpIv.GcmRtcp(keys.Salt, _ssrc, index, _iv);
                int tagOffset = outOffset + length;
                if (encrypt)
                {
                    System.Array.Copy(packet, offset, _aad, 0, h);
                    BigEndian.WriteUInt32(_aad, h, trailer);
                    Move(packet, offset, output, outOffset, h);
                    keys.Gcm.Encrypt(_iv, 0, 12, _aad, 0, h + RtcpTrailerLength, packet, offset + h, length - h,
                                     output, outOffset + h, output, tagOffset, tagLength);
                }
                else
                {
                    EnsureAad(length + RtcpTrailerLength);
                    System.Array.Copy(packet, offset, _aad, 0, length);
                    BigEndian.WriteUInt32(_aad, length, trailer);
                    Move(packet, offset, output, outOffset, length);
                    keys.Gcm.Encrypt(_iv, 0, 12, _aad, 0, length + RtcpTrailerLength, output, tagOffset, 0,
                                     output, tagOffset, output, tagOffset, tagLength);
                }
                BigEndian.WriteUInt32(output, tagOffset + tagLength, trailer);
                System.Array.Copy(_mki, 0, output, tagOffset + tagLength + RtcpTrailerLength, _mki.Length);
            }
            else
            {
                Move(packet, offset, output, outOffset, h);
                if (encrypt && keys.Cipher != null)
                {
                    SrtpIv.CounterMode(keys.Salt, _ssrc, index, _iv);
                    CounterMode.Transform(keys.Cipher, _iv, packet, offset + h, output, outOffset + h, length - h);
                }
                else
                {
                    Move(packet, offset + h, output, outOffset + h, length - h);
                }
                BigEndian.WriteUInt32(output, outOffset + length, trailer);
                System.Array.Copy(_mki, 0, output, outOffset + length + RtcpTrailerLength, _mki.Length);
                if (tagLength > 0)
                {
                    keys.Mac.Update(output, outOffset, length + RtcpTrailerLength);
                    keys.Mac.Final(_mac, 0);
                    System.Array.Copy(_mac, 0, output, outOffset + length + RtcpTrailerLength + _mki.Length, tagLength);
                }
            }
            _nextSrtcpIndex = index + 1;
            CommitKeys(true, keys);
            return total;
        }

        /// <summary>
        /// Verifies and decrypts the SRTCP packet <paramref name="packet"/>[offset, offset + length) into
        /// <paramref name="output"/> (same buffer and offset for in place). Returns the RTCP packet length. The E
        /// flag of the (authenticated) trailer says whether the payload was encrypted. Throws
        /// <see cref="SrtpException"/> as <see cref="UnprotectRtp"/> does.
        /// </summary>
        public int UnprotectRtcp(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            try { return UnprotectRtcpCore(packet, offset, length, output, outOffset); }
            finally { WipeScratch(true); }
        }

        private int UnprotectRtcpCore(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            CheckInput(packet, offset, length);
            int tagLength = _policy.RtcpTagLength;
            int rtcpLength = length - RtcpOverhead;
            if (rtcpLength < RtpPacket.RtcpHeaderLength)
                throw new SrtpException(SrtpError.TooShort, "SRTCP packet of " + length + " octets is shorter than header, index, MKI and tag");
            RtpPacket.CheckRtcpHeader(packet, offset, rtcpLength);
            CheckSsrc(RtpPacket.RtcpSsrc(packet, offset));
            CheckOutput(output, outOffset, rtcpLength);
            bool aead = _policy.IsAead;
            int trailerOffset = offset + rtcpLength + (aead ? tagLength : 0);
            int tagOffset = aead ? offset + rtcpLength : trailerOffset + RtcpTrailerLength + _mki.Length;
            CheckMki(packet, trailerOffset + RtcpTrailerLength);
            uint trailer = BigEndian.ReadUInt32(packet, trailerOffset);
            bool encrypted = (trailer & EncryptedFlag) != 0;
            uint index = trailer & 0x7FFFFFFF;
            _rtcpReplay.Check(index);
            SrtpSessionKeys keys = KeysFor(true, index);
            int h = RtpPacket.RtcpHeaderLength;
            if (aead)
            {
                SrtpIv.GcmRtcp(keys.Salt, _ssrc, index, _iv);
                try
                {
                    if (encrypted)
                    {
                        System.Array.Copy(packet, offset, _aad, 0, h);
                        BigEndian.WriteUInt32(_aad, h, trailer);
                        Move(packet, offset, output, outOffset, h);
                        keys.Gcm.Decrypt(_iv, 0, 12, _aad, 0, h + RtcpTrailerLength, packet, offset + h, rtcpLength - h,
                                         output, outOffset + h, packet, tagOffset, tagLength);
                    }
                    else
                    {
                        EnsureAad(rtcpLength + RtcpTrailerLength);
                        System.Array.Copy(packet, offset, _aad, 0, rtcpLength);
                        BigEndian.WriteUInt32(_aad, rtcpLength, trailer);
                        keys.Gcm.Decrypt(_iv, 0, 12, _aad, 0, rtcpLength + RtcpTrailerLength, packet, tagOffset, 0,
                                         output, outOffset, packet, tagOffset, tagLength);
                        Move(packet, offset, output, outOffset, rtcpLength);
                    }
                }
                catch (AuthenticationException)
                {
                    throw new SrtpException(SrtpError.AuthenticationFailed, "SRTCP AES-GCM tag mismatch (index " + index + ")");
                }
            }
            else
            {
                if (tagLength > 0)
                {
                    keys.Mac.Update(packet, offset, rtcpLength + RtcpTrailerLength);
                    keys.Mac.Final(_mac, 0);
                    if (!ConstantTime.AreEqual(packet, tagOffset, _mac, 0, tagLength))
                        throw new SrtpException(SrtpError.AuthenticationFailed, "SRTCP HMAC-SHA1 tag mismatch (index " + index + ")");
                }
                Move(packet, offset, output, outOffset, h);
                if (encrypted)
                {
                    if (keys.Cipher == null)
                        throw new SrtpException(SrtpError.InvalidPolicy, "SRTCP packet is encrypted but the policy has no cipher");
                    SrtpIv.CounterMode(keys.Salt, _ssrc, index, _iv);
                    CounterMode.Transform(keys.Cipher, _iv, packet, offset + h, output, outOffset + h, rtcpLength - h);
                }
                else
                {
                    Move(packet, offset + h, output, outOffset + h, rtcpLength - h);
                }
            }
            _rtcpReplay.Accept(index);
            CommitKeys(true, keys);
            return rtcpLength;
        }
    }
}
