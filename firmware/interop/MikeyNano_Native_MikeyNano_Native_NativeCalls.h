//-----------------------------------------------------------------------------
//
//                   ** WARNING! ** 
//    This file was generated automatically by a tool.
//    Re-running the tool will overwrite this file.
//    You should copy this file to a custom location
//    before adding any customization in the copy to
//    prevent loss of your changes when the tool is
//    re-run.
//
//-----------------------------------------------------------------------------

#ifndef MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_NATIVECALLS_H
#define MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_NATIVECALLS_H

namespace MikeyNano_Native
{
    namespace MikeyNano_Native
    {
        struct NativeCalls
        {
            // Helper Functions to access fields of managed object
            // Declaration of stubs. These functions are implemented by Interop code developers

            static signed int Version(  HRESULT &hr );

            static signed int P256MulBase( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr );

            static signed int P256Mul( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int P256MulAddPublic( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, CLR_RT_TypedArray_UINT8 param3, HRESULT &hr );

            static signed int P256MulAdd3Public( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, CLR_RT_TypedArray_UINT8 param3, CLR_RT_TypedArray_UINT8 param4, CLR_RT_TypedArray_UINT8 param5, HRESULT &hr );

            static signed int SakkeMul( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SakkeCombWords(  HRESULT &hr );

            static signed int SakkeCombBuild( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr );

            static signed int SakkeCombMul2( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT32 param1, CLR_RT_TypedArray_UINT8 param2, CLR_RT_TypedArray_UINT32 param3, CLR_RT_TypedArray_UINT8 param4, HRESULT &hr );

            static signed int SakkeCombMulRb( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT32 param1, CLR_RT_TypedArray_UINT32 param2, CLR_RT_TypedArray_UINT8 param3, CLR_RT_TypedArray_UINT8 param4, HRESULT &hr );

            static signed int SakkePair( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SakkePfPow( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SakkeRskTableWords(  HRESULT &hr );

            static signed int SakkeRskTableBuild( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr );

            static signed int SakkeRskPair( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT32 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SakkeCheck( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SakkeCheckComb( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr );

            static signed int SrtpKeysWords(  HRESULT &hr );

            static signed int SrtpKeysInit( CLR_RT_TypedArray_UINT32 param0, signed int param1, CLR_RT_TypedArray_UINT8 param2, CLR_RT_TypedArray_UINT8 param3, CLR_RT_TypedArray_UINT8 param4, HRESULT &hr );

            static signed int SrtpKdf( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, signed int param3, unsigned int param4, unsigned int param5, HRESULT &hr );

            static signed int SrtpProtect( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, signed int param2, signed int param3, signed int param4, unsigned int param5, signed int param6, signed int param7, HRESULT &hr );

            static signed int SrtpUnprotect( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, signed int param2, signed int param3, signed int param4, unsigned int param5, signed int param6, signed int param7, HRESULT &hr );

            static signed int Sha256Blocks( CLR_RT_TypedArray_UINT32 param0, CLR_RT_TypedArray_UINT8 param1, signed int param2, signed int param3, HRESULT &hr );

            static signed int EccsiSignS( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, CLR_RT_TypedArray_UINT8 param2, CLR_RT_TypedArray_UINT8 param3, CLR_RT_TypedArray_UINT8 param4, HRESULT &hr );

        };
    }
}

#endif // MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_MIKEYNANO_NATIVE_NATIVECALLS_H
