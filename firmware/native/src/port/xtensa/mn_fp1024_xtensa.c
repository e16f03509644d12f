/*
 * The 1024-bit field with the build option MIKEYNANO_XTENSA_ASM: the same translation unit as src/mn_fp1024.c, with its
 * 2048-bit product and Montgomery reduction in the Xtensa assembly of mn_fp1024_xtensa.S (compiled beside this file).
 * A build with the option compiles this file instead of src/mn_fp1024.c (firmware/interop/FindINTEROP-MikeyNano.Native.cmake;
 * tools/xtensa_check.sh --asm), so that no compile definition has to reach the other files, as with the MPI port.
 */
#if !defined(__XTENSA__)
#error "MIKEYNANO_XTENSA_ASM is for Xtensa cores with MULUH (ESP32, ESP32-S2, ESP32-S3)"
#endif
#define MN_HAVE_XTENSA_ASM 1
#include "../../mn_fp1024.c"
