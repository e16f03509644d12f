using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The R_MESSAGE of the modes that answer with a V payload under a transport auth key (RFC 3830 section 3.1, 6.9;
    /// profile 3.6, 4.2, 7): HDR (the I_MESSAGE's with the response data type and V = 0), T (now), IDRr (copied, when
    /// the I_MESSAGE had one), V (Auth alg = the I_MESSAGE's KEMAC MAC alg, Ver data = MAC(auth_key, R_MESSAGE through
    /// the Auth alg octet || the I_MESSAGE's T value)). MIKEY-PSK and MIKEY-ECIES build and check it the same way.
    /// </summary>
    internal static class VerificationMessage
    {
        public static byte[] Build(MikeyMessage i, int dataType, PskTransportKeys keys, ulong ntpNow)
        {
            MikeyMessage r = new MikeyMessage(ErrorMessage.CopyOf(i.Header, dataType));
            r.Add(TimestampPayload.NtpUtcAt(ntpNow));
            IdrPayload idrr = i.FindIdr(IdrPayload.RoleResponder);
            if (idrr != null) r.Add(idrr);
            VerificationPayload v = new VerificationPayload(keys.MacAlg, new byte[KemacPayload.MacLength(keys.MacAlg)]);
            r.Add(v);
            byte[] encoded = r.Encode();
            v.VerData = keys.Mac(encoded, encoded.Length - v.VerData.Length, TValueOf(i));
            return r.Encode();
        }

        /// <summary>The initiator's processing of such an R_MESSAGE for a call awaiting it (the caller checked the
        /// call's mode): an RFC 3830 error message is reported as the responder's refusal; then the data type and
        /// shape, the HDR copy (Unspecified), IDRr copied (Invalid-ID), T window (Invalid-TS), Auth alg and Ver data
        /// (Auth-failure). Keys the call once V verified and wipes the pending auth key.</summary>
        public static void Confirm(MikeyEndpoint endpoint, MikeyCall call, byte[] rMessage, ulong ntpNow, int dataType, PayloadShape shape)
        {
            MikeyMessage error = ErrorMessage.ParseIfError(rMessage);
            if (error != null) throw ErrorMessage.Refusal(error);
            MikeyMessage r = MikeyEndpoint.ParseAs(rMessage, dataType, shape);
            ResponseHeader.CheckCopied(call.Message, rMessage);
            CheckIdrrCopied(call.Message, r);
            endpoint.CheckTimestamp(r, ntpNow);
            VerificationPayload v = (VerificationPayload)r.Find(MikeyPayloadType.V);
            if (v.AuthAlg != call.PendingAuthAlg)
                throw new MikeyException(MikeyErrorCode.AuthFailure, "V Auth alg " + v.AuthAlg + " is not the I_MESSAGE's MAC alg " + call.PendingAuthAlg);
            PskTransportKeys keys = PskTransportKeys.ForAuthentication(call.PendingAuthKey, call.PendingAuthAlg);
            if (!keys.MacEndsMessage(rMessage, TValueOf(call.Message)))
                throw new MikeyException(MikeyErrorCode.AuthFailure, "V payload does not verify: the responder does not hold the I_MESSAGE's transport keys");
            keys.Wipe();
            call.PendingAuthKey = null;
            call.RMessage = rMessage;
            call.AwaitsConfirmation = false;
        }

        private static byte[] TValueOf(MikeyMessage m)
        {
            byte[] t = new byte[8];
            BigEndian.WriteUInt64(t, 0, m.Timestamp.Value);
            return t;
        }

        // IDRr is in the R_MESSAGE exactly when the I_MESSAGE carried one, copied (profile sections 4.2, 7).
        private static void CheckIdrrCopied(MikeyMessage i, MikeyMessage r)
        {
            IdrPayload sent = i.FindIdr(IdrPayload.RoleResponder);
            IdrPayload back = r.FindIdr(IdrPayload.RoleResponder);
            if ((sent == null) != (back == null) || (sent != null && !ConstantTime.AreEqual(sent.Data, back.Data)))
                throw new MikeyException(MikeyErrorCode.InvalidId, "R_MESSAGE IDRr is not the I_MESSAGE's");
        }
    }
}
