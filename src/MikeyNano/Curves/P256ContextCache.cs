using System.Threading;

namespace MikeyNano.Curves
{
    /// <summary>
    /// One spare <see cref="P256"/> context for the static verification entry point, lent to one caller at a time (an
    /// Interlocked flag): repeated verifications reuse its scratch and Q-multiple tables instead of building a context
    /// per call. A caller that finds it lent out builds its own. Only public-input operations borrow it, so no secret
    /// is left behind in it.
    /// </summary>
    internal static class P256ContextCache
    {
        private static P256 _spare;
        private static int _lent;

        internal static P256 Borrow()
        {
            if (Interlocked.CompareExchange(ref _lent, 1, 0) != 0) return new P256();
            if (_spare == null) _spare = new P256();
            return _spare;
        }

        internal static void Return(P256 ctx)
        {
            if (ctx == _spare) Interlocked.Exchange(ref _lent, 0);
        }
    }
}
