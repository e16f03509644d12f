using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The payload sequence a mode's message must have (profile section 3.10: another order, a missing mandatory
    /// payload or a payload the mode's table does not list is Unspecified, ERR 12). A shape is a list of kinds, each
    /// with the least and most times it may occur in a row; a kind is a payload type, or for IDR its role (IDRi, IDRr),
    /// since the roles have places of their own. Each shape is made on use: nanoCLR runs static initialisers at boot,
    /// where only literals may be.
    /// </summary>
    internal sealed class PayloadShape
    {
        internal const int IdrI = 0x100 + IdrPayload.RoleInitiator;
        internal const int IdrR = 0x100 + IdrPayload.RoleResponder;
        internal const int Many = 0xFF;

        /// <summary>PSK I_MESSAGE = HDR, T, RAND, [IDRi], [IDRr], {SP}, KEMAC (profile section 7).</summary>
        internal static PayloadShape PskInit()
        {
            return new PayloadShape("PSK I_MESSAGE",
                new int[] { MikeyPayloadType.T, MikeyPayloadType.Rand, IdrI, IdrR, MikeyPayloadType.Sp, MikeyPayloadType.Kemac },
                new int[] { 1, 1, 0, 0, 0, 1 }, new int[] { 1, 1, 1, 1, Many, 1 });
        }

        /// <summary>PSK R_MESSAGE = HDR, T, [IDRr], V (profile section 7).</summary>
        internal static PayloadShape PskResponse()
        {
            return new PayloadShape("PSK R_MESSAGE",
                new int[] { MikeyPayloadType.T, IdrR, MikeyPayloadType.V }, new int[] { 1, 0, 1 }, new int[] { 1, 1, 1 });
        }

        /// <summary>NULL I_MESSAGE = HDR, T, [RAND], {SP}, KEMAC (profile section 8).</summary>
        internal static PayloadShape NullInit()
        {
            return new PayloadShape("MIKEY-NULL I_MESSAGE",
                new int[] { MikeyPayloadType.T, MikeyPayloadType.Rand, MikeyPayloadType.Sp, MikeyPayloadType.Kemac },
                new int[] { 1, 0, 0, 1 }, new int[] { 1, 1, Many, 1 });
        }

        private readonly string _name;
        private readonly int[] _kinds;
        private readonly int[] _min;
        private readonly int[] _max;

        internal PayloadShape(string name, int[] kinds, int[] min, int[] max)
        {
            _name = name;
            _kinds = kinds;
            _min = min;
            _max = max;
        }

        /// <summary>Throws MikeyException Unspecified unless <paramref name="m"/>'s payloads follow this shape.</summary>
        public void Check(MikeyMessage m)
        {
            int k = 0, run = 0;
            for (int i = 0; i < m.PayloadCount; i++)
            {
                int kind = KindOf(m.GetPayload(i));
                while (k < _kinds.Length && _kinds[k] != kind)
                {
                    RequireEnough(k, run);
                    k++;
                    run = 0;
                }
                if (k == _kinds.Length)
                    throw MikeyException.Malformed(_name + ": payload " + i + " (" + KindName(kind) + ") is out of order or not allowed");
                if (++run > _max[k]) throw MikeyException.Malformed(_name + ": more than " + _max[k] + " " + KindName(kind) + " payloads");
            }
            for (; k < _kinds.Length; k++, run = 0) RequireEnough(k, run);
        }

        private void RequireEnough(int k, int run)
        {
            if (run < _min[k]) throw MikeyException.Malformed(_name + ": no " + KindName(_kinds[k]) + " payload");
        }

        private static int KindOf(MikeyPayload p)
        {
            IdrPayload idr = p as IdrPayload;
            return idr == null ? p.PayloadType : 0x100 + idr.Role;
        }

        private static string KindName(int kind)
        {
            return kind >= 0x100 ? IdrPayload.RoleName(kind - 0x100) : MikeyPayloadType.Name(kind);
        }
    }
}
