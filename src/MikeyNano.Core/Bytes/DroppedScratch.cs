namespace MikeyNano.Bytes
{
    /// <summary>Sees each working set a call made for itself, wiped, just before the call lets it go (the test seam of
    /// <see cref="DroppedScratch"/>).</summary>
    internal interface IDroppedScratchObserver
    {
        void Dropped(object workingSet);
    }

    /// <summary>
    /// A test seam (issue 11): a working set that a call makes and drops (a table-free ECCSI signer's or verifier's
    /// P-256 context, a table-free SAKKE sender's or receiver's context, a second signing context of the shared cache)
    /// is unreachable once dropped, so a memory walk of the long-lived objects cannot check that it was wiped. Each
    /// such call hands the working set to <see cref="Observer"/> after wiping it and before letting it go; the host
    /// tests set an observer that walks it (tests/MikeyNano.HostTests/Secrets/ScratchWalkTests.cs). Null by default:
    /// then the cost is one load and one branch per dropped working set. Internal, so only the library and the test
    /// assemblies (InternalsVisibleTo) can set it.
    /// </summary>
    internal static class DroppedScratch
    {
        internal static IDroppedScratchObserver Observer;

        /// <summary>Called with a wiped working set that is about to be dropped.</summary>
        internal static void Dropping(object workingSet)
        {
            IDroppedScratchObserver o = Observer;
            if (o != null) o.Dropped(workingSet);
        }
    }
}
