using System.Threading;
using MikeyNano.Bytes;

namespace MikeyNano.Curves
{
    /// <summary>
    /// One spare <see cref="P256"/> context for a static entry point, lent to one caller at a time (an Interlocked
    /// flag): repeated calls reuse its scratch instead of building a context (5-9 KB) per call. A caller that finds it
    /// lent out builds its own. <see cref="Verifying"/> serves public-input operations; <see cref="Signing"/> serves
    /// operations on secrets, whose callers wipe the context (<see cref="P256.WipeAll"/>) before returning it.
    /// </summary>
    internal sealed class P256ContextCache
    {
        internal static readonly P256ContextCache Verifying = new P256ContextCache();
        internal static readonly P256ContextCache Signing = new P256ContextCache();

        private P256 _spare;
        private int _lent;

        internal P256 Borrow()
        {
            if (Interlocked.CompareExchange(ref _lent, 1, 0) != 0) return new P256();
            if (_spare == null) _spare = new P256();
            return _spare;
        }

        internal void Return(P256 ctx)
        {
            if (ctx == _spare) Interlocked.Exchange(ref _lent, 0);
            else DroppedScratch.Dropping(ctx); // a context made for a concurrent caller: wiped by it, now dropped
        }
    }
}
