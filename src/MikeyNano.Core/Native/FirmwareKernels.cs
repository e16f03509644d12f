namespace MikeyNano.Native
{
    /// <summary>The native backend linked into the firmware image: forwards to <see cref="NativeCalls"/> (InternalCalls).
    /// On firmware without the backend every call throws NotSupportedException (on .NET, SecurityException);
    /// <see cref="NativeArithmetic"/> makes one such call to find out and never another.</summary>
    internal sealed class FirmwareKernels : INativeKernels
    {
        public int Version() { return NativeCalls.Version(); }
    }
}
