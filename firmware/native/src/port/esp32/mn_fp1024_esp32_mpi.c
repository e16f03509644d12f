/*
 * The 1024-bit field with the build option MN_ESP32_MPI: the same translation unit as src/mn_fp1024.c, compiled with
 * its multiply, square and sessions on the RSA accelerator (port/esp32/mn_esp32_mpi.c). A build with the option
 * compiles this file instead of src/mn_fp1024.c (firmware/interop/FindINTEROP-MikeyNano.Native.cmake with
 * MIKEYNANO_ESP32_MPI, the host's model tests in firmware/native/CMakeLists.txt), so that no compile definition has to
 * reach the other files: the option changes nothing else.
 */
#define MN_HAVE_ESP32_MPI 1
#include "../../mn_fp1024.c"
