namespace MikeyNano.Native
{
    /// <summary>
    /// The native backend as the library calls it: one method per coarse operation of mikeynano_native.h (one call does a
    /// whole scalar multiplication, pairing or packet), each returning the C function's status (0 = MN_OK). On the device
    /// <see cref="FirmwareKernels"/> implements it with the firmware's InternalCalls; on the host a P/Invoke
    /// implementation (src/MikeyNano.NativeHost) can be handed to <see cref="NativeArithmetic"/>, which is how the host
    /// tests run the library's native path against the same C.
    /// </summary>
    internal interface INativeKernels
    {
        /// <summary>MN_NATIVE_VERSION of the backend.</summary>
        int Version();
    }
}
