using MikeyNano.Bytes;

namespace MikeyNano.Curves
{
    /// <summary>
    /// The working <see cref="P256"/> context of a long-lived object (an ECCSI signer or verifier): with
    /// precomputation one context is kept for the object's life (it uses G's table); without, one is made on demand
    /// and let go by <see cref="Done"/>, so that a table-free object holds no context (about 6.5 KB in nanoCLR) between
    /// calls (docs/device.md). Every call ends in <see cref="Done"/>, which wipes the context first. Not thread-safe.
    /// </summary>
    internal sealed class P256ContextSlot
    {
        private readonly bool _precompute;
        private P256 _context;

        internal P256ContextSlot(bool precompute)
        {
            _precompute = precompute;
        }

        /// <summary>The context of the current call (made on first use).</summary>
        internal P256 Context
        {
            get
            {
                if (_context == null) _context = new P256(_precompute);
                return _context;
            }
        }

        /// <summary>Wipes the context (every path of every call ends here) and, without precomputation, lets it go.</summary>
        internal void Done()
        {
            if (_context == null) return;
            _context.WipeAll();
            if (_precompute) return;
            DroppedScratch.Dropping(_context);
            _context = null;
        }
    }
}
