using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Srtp
{
    // SRTP (RFC 3711 3.1, 3.3; RFC 7714 8 for AES-GCM)
    public sealed partial class SrtpContext
    {
        /// <summary>
        /// The encoder's call: builds the RTP packet (12-octet header with this context's SSRC, then the payload,
        /// e.g. one 20 ms audio frame) in <paramref name="output"/> and protects it there. Returns the SRTP packet
        /// length (12 + payload + <see cref="RtpOverhead"/>). Allocates nothing.
        /// </summary>
        public int ProtectFrame(int payloadType, bool marker, int sequenceNumber, uint timestamp,
                                byte[] payload, int payloadOffset, int payloadLength, byte[] output, int outOffset)
        {
            CheckInput(payload, payloadOffset, payloadLength);
            CheckOutput(output, outOffset, RtpPacket.FixedHeaderLength + payloadLength + RtpOverhead);
            System.Array.Copy(payload, payloadOffset, output, outOffset + RtpPacket.FixedHeaderLength, payloadLength);
            RtpPacket.WriteHeader(output, outOffset, payloadType, marker, sequenceNumber, timestamp, _ssrc);
            return ProtectRtp(output, outOffset, RtpPacket.FixedHeaderLength + payloadLength, output, outOffset);
        }

        /// <summary>As <see cref="ProtectFrame"/> with <see cref="NextSequenceNumber"/>, which then advances (mod 2^16).</summary>
        public int ProtectNextFrame(int payloadType, bool marker, uint timestamp,
                                    byte[] payload, int payloadOffset, int payloadLength, byte[] output, int outOffset)
        {
            int n = ProtectFrame(payloadType, marker, _nextSequence, timestamp, payload, payloadOffset, payloadLength, output, outOffset);
            _nextSequence = (_nextSequence + 1) & 0xFFFF;
            return n;
        }

        /// <summary>
        /// Protects the RTP packet <paramref name="packet"/>[offset, offset + length) into <paramref name="output"/>
        /// (same buffer and offset for in place; the buffer needs <see cref="RtpOverhead"/> more octets). The index
        /// comes from the sequence number and the tracked ROC; an index already sent is refused (a repeated index
        /// would reuse keystream). Returns the SRTP packet length.
        /// </summary>
        public int ProtectRtp(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            try { return ProtectRtpCore(packet, offset, length, output, outOffset); }
            finally { WipeScratch(false); }
        }

        private int ProtectRtpCore(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            CheckInput(packet, offset, length);
            int headerLength = RtpPacket.HeaderLength(packet, offset, length);
            CheckSsrc(RtpPacket.Ssrc(packet, offset));
            int tagLength = _policy.RtpTagLength;
            int total = length + _mki.Length + tagLength;
            CheckOutput(output, outOffset, total);
            ulong index = _roc.Estimate(RtpPacket.SequenceNumber(packet, offset));
            _rtpReplay.Check(index);
            SrtpSessionKeys keys = KeysFor(false, index);
            int payloadLength = length - headerLength;
            Move(packet, offset, output, outOffset, headerLength);
            INativeKernels native = keys.Native != null && _policy.SrtpEncryption ? NativeArithmetic.Kernels : null;
            if (native != null)
            {
                // the native packet path (mn_srtp_protect): payload encrypted in place in output, the tag where the
                // managed path puts it (GCM: right after the payload, then the MKI; AES-CM: after the MKI)
                Move(packet, offset + headerLength, output, outOffset + headerLength, payloadLength);
                int tagAt = _policy.IsAead ? outOffset + length : outOffset + length + _mki.Length;
                int status = native.SrtpProtect(keys.Native, output, outOffset, headerLength, payloadLength,
                    (uint)(index >> 16), tagAt, tagLength);
                if (status != 0) throw new SrtpException(SrtpError.InvalidHeader, "SRTP: the native packet path refused the packet (status " + status + ")");
                System.Array.Copy(_mki, 0, output, _policy.IsAead ? tagAt + tagLength : outOffset + length, _mki.Length);
            }
            else if (_policy.IsAead)
            {
                SrtpIv.GcmRtp(keys.Salt, _ssrc, index, _iv);
                int tagOffset = outOffset + length;
                if (_policy.SrtpEncryption)
                    keys.Gcm.Encrypt(_iv, 0, 12, output, outOffset, headerLength, packet, offset + headerLength, payloadLength,
                                     output, outOffset + headerLength, output, tagOffset, tagLength);
                else
                {
                    Move(packet, offset + headerLength, output, outOffset + headerLength, payloadLength);
                    keys.Gcm.Encrypt(_iv, 0, 12, output, outOffset, length, output, tagOffset, 0,
                                     output, tagOffset, output, tagOffset, tagLength);
                }
                System.Array.Copy(_mki, 0, output, tagOffset + tagLength, _mki.Length); // RFC 7714 8: MKI follows the tag
            }
            else
            {
                EncryptPayload(keys, index, packet, offset + headerLength, output, outOffset + headerLength, payloadLength);
                System.Array.Copy(_mki, 0, output, outOffset + length, _mki.Length);
                if (tagLength > 0)
                {
                    ComputeRtpTag(keys, output, outOffset, length, index);
                    System.Array.Copy(_mac, 0, output, outOffset + length + _mki.Length, tagLength);
                }
            }
            _rtpReplay.Accept(index);
            _roc.Update(index);
            CommitKeys(false, keys);
            return total;
        }

        /// <summary>
        /// Verifies and decrypts the SRTP packet <paramref name="packet"/>[offset, offset + length) into
        /// <paramref name="output"/> (same buffer and offset for in place). Returns the RTP packet length; its
        /// payload starts at <see cref="RtpPacket.HeaderLength"/>. Throws <see cref="SrtpException"/>: TooShort,
        /// InvalidHeader, WrongSsrc, UnknownMki, Replayed, TooOld, AuthenticationFailed. A rejected packet leaves
        /// the context unchanged.
        /// </summary>
        public int UnprotectRtp(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            try { return UnprotectRtpCore(packet, offset, length, output, outOffset); }
            finally { WipeScratch(false); }
        }

        private int UnprotectRtpCore(byte[] packet, int offset, int length, byte[] output, int outOffset)
        {
            CheckInput(packet, offset, length);
            int tagLength = _policy.RtpTagLength;
            int rtpLength = length - _mki.Length - tagLength;
            if (rtpLength < RtpPacket.FixedHeaderLength)
                throw new SrtpException(SrtpError.TooShort, "SRTP packet of " + length + " octets is shorter than header, MKI and tag");
            int headerLength = RtpPacket.HeaderLength(packet, offset, rtpLength);
            CheckSsrc(RtpPacket.Ssrc(packet, offset));
            CheckOutput(output, outOffset, rtpLength);
            ulong index = _roc.Estimate(RtpPacket.SequenceNumber(packet, offset));
            _rtpReplay.Check(index);
            SrtpSessionKeys keys = KeysFor(false, index);
            int payloadLength = rtpLength - headerLength;
            INativeKernels native = keys.Native != null && _policy.SrtpEncryption && packet == output && offset == outOffset
                ? NativeArithmetic.Kernels : null;
            if (native != null)
            {
                // the native packet path, in place: the tag checked in constant time, then the payload decrypted
                int tagAt = _policy.IsAead ? offset + rtpLength : offset + rtpLength + _mki.Length;
                CheckMki(packet, _policy.IsAead ? tagAt + tagLength : offset + rtpLength);
                int status = native.SrtpUnprotect(keys.Native, packet, offset, headerLength, payloadLength,
                    (uint)(index >> 16), tagAt, tagLength);
                if (status == -16)
                    throw new SrtpException(SrtpError.AuthenticationFailed, "SRTP tag mismatch (index " + index + ")");
                if (status != 0) throw new SrtpException(SrtpError.InvalidHeader, "SRTP: the native packet path refused the packet (status " + status + ")");
            }
            else if (_policy.IsAead)
            {
                int tagOffset = offset + rtpLength;
                CheckMki(packet, tagOffset + tagLength);
                SrtpIv.GcmRtp(keys.Salt, _ssrc, index, _iv);
                try
                {
                    if (_policy.SrtpEncryption)
                    {
                        Move(packet, offset, output, outOffset, headerLength);
                        keys.Gcm.Decrypt(_iv, 0, 12, packet, offset, headerLength, packet, offset + headerLength, payloadLength,
                                         output, outOffset + headerLength, packet, tagOffset, tagLength);
                    }
                    else
                    {
                        keys.Gcm.Decrypt(_iv, 0, 12, packet, offset, rtpLength, packet, tagOffset, 0,
                                         output, outOffset, packet, tagOffset, tagLength);
                        Move(packet, offset, output, outOffset, rtpLength);
                    }
                }
                catch (AuthenticationException)
                {
                    throw new SrtpException(SrtpError.AuthenticationFailed, "SRTP AES-GCM tag mismatch (index " + index + ")");
                }
            }
            else
            {
                CheckMki(packet, offset + rtpLength);
                if (tagLength > 0)
                {
                    ComputeRtpTag(keys, packet, offset, rtpLength, index);
                    if (!ConstantTime.AreEqual(packet, offset + rtpLength + _mki.Length, _mac, 0, tagLength))
                        throw new SrtpException(SrtpError.AuthenticationFailed, "SRTP HMAC-SHA1 tag mismatch (index " + index + ")");
                }
                Move(packet, offset, output, outOffset, headerLength);
                EncryptPayload(keys, index, packet, offset + headerLength, output, outOffset + headerLength, payloadLength);
            }
            _rtpReplay.Accept(index);
            _roc.Update(index);
            CommitKeys(false, keys);
            return rtpLength;
        }

        /// <summary>AES-CM (RFC 3711 4.1.1) over the payload, or a copy under the NULL cipher / encryption off.</summary>
        private void EncryptPayload(SrtpSessionKeys keys, ulong index, byte[] input, int inOffset, byte[] output, int outOffset, int count)
        {
            if (_policy.SrtpEncryption && keys.Cipher != null)
            {
                SrtpIv.CounterMode(keys.Salt, _ssrc, index, _iv);
                CounterMode.Transform(keys.Cipher, _iv, input, inOffset, output, outOffset, count);
            }
            else
            {
                Move(input, inOffset, output, outOffset, count);
            }
        }

        /// <summary>HMAC-SHA1(k_a, authenticated portion || ROC) into _mac (RFC 3711 4.2, 4.2.1).</summary>
        private void ComputeRtpTag(SrtpSessionKeys keys, byte[] packet, int offset, int length, ulong index)
        {
            BigEndian.WriteUInt32(_roc4, 0, (uint)(index >> 16));
            keys.Mac.Update(packet, offset, length);
            keys.Mac.Update(_roc4, 0, 4);
            keys.Mac.Final(_mac, 0);
        }

        private void CheckSsrc(uint ssrc)
        {
            if (ssrc != _ssrc)
                throw new SrtpException(SrtpError.WrongSsrc, "packet SSRC " + ssrc + " is not this context's (" + _ssrc + ")");
        }
    }
}
