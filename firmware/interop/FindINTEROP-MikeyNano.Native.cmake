#
# MikeyNano's interop assembly for an nf-interpreter firmware build (NF_INTEROP_ASSEMBLIES "MikeyNano.Native"):
# nf-interpreter's CMake (FindNF_NativeAssemblies.cmake, PerformSettingsForInteropEntry) looks this module up as
# find_package(INTEROP-MikeyNano.Native) and compiles MikeyNano.Native_SOURCES with MikeyNano.Native_INCLUDE_DIRS.
# firmware/BUILD.md says where to put it. MIKEYNANO_FIRMWARE is the firmware/ folder of a MikeyNano checkout (default:
# the folder above this file's, i.e. this file used in place).
#
# The module is ours (the metadata processor writes one like it with the generated stubs); unlike that one it also
# compiles the native backend (firmware/native/src/*.c), so one entry brings both.

if(NOT MIKEYNANO_FIRMWARE)
    get_filename_component(MIKEYNANO_FIRMWARE "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

set(MIKEYNANO_INTEROP_DIR ${MIKEYNANO_FIRMWARE}/interop)
set(MIKEYNANO_NATIVE_DIR ${MIKEYNANO_FIRMWARE}/native)

# the CLR's headers (as the generated module lists them) and ours
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Core)
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Include)
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/HAL/Include)
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/PAL/Include)
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${MIKEYNANO_INTEROP_DIR})
list(APPEND MikeyNano.Native_INCLUDE_DIRS ${MIKEYNANO_NATIVE_DIR}/include)

# the glue: generated assembly table and marshalling, and our implementation of the InternalCalls
list(APPEND MikeyNano.Native_SOURCES
    ${MIKEYNANO_INTEROP_DIR}/MikeyNano_Native.cpp
    ${MIKEYNANO_INTEROP_DIR}/MikeyNano_Native_MikeyNano_Native_NativeCalls_mshl.cpp
    ${MIKEYNANO_INTEROP_DIR}/MikeyNano_Native_MikeyNano_Native_NativeCalls.cpp)

# the native backend (portable C99)
file(GLOB MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/*.c)

# Build options for the ESP32's peripherals (firmware/native/src/port/esp32, ESP-IDF HAL level; firmware/BUILD.md). Off by
# default: the portable C. On, the port's wrapper is compiled in place of one backend file (so no compile definition
# has to reach the other sources), with the port's driver, and the ESP-IDF include folders the port needs that
# nf-interpreter's ESP32 include list lacks.
macro(mikeynano_esp32_port option replaced wrapper driver idf_include)
    if(${option})
        list(REMOVE_ITEM MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/${replaced})
        list(APPEND MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/port/esp32/${wrapper}
                                       ${MIKEYNANO_NATIVE_DIR}/src/port/esp32/${driver})
        list(APPEND MikeyNano.Native_INCLUDE_DIRS ${IDF_PATH_CMAKED}/components/${idf_include})
    endif()
endmacro()

# SAKKE's 1024-bit field on the RSA accelerator (P-256 stays in software); esp_crypto_periph_clk.h is in esp_security.
option(MIKEYNANO_ESP32_MPI "MikeyNano.Native: SAKKE's 1024-bit field on the ESP32 RSA accelerator" OFF)
mikeynano_esp32_port(MIKEYNANO_ESP32_MPI mn_fp1024.c mn_fp1024_esp32_mpi.c mn_esp32_mpi.c esp_security/include)
# AES-128 (SRTP's AES-CM and GCM keystreams) on the AES accelerator (AES-192/256, GHASH, SHA-1/HMAC stay in software);
# aes/esp_aes.h (esp_aes_acquire_hardware, the exclusion mbedTLS's AES uses) is in mbedtls/port/include.
option(MIKEYNANO_ESP32_AES "MikeyNano.Native: AES-128 on the ESP32 AES accelerator" OFF)
mikeynano_esp32_port(MIKEYNANO_ESP32_AES mn_aes.c mn_aes_esp32_aes.c mn_esp32_aes.c mbedtls/port/include)
# SAKKE's 1024-bit product and Montgomery reduction in Xtensa assembly (MULL/MULUH: the ESP32's, ESP32-S2's and ESP32-S3's cores),
# src/port/xtensa: its wrapper in place of src/mn_fp1024.c, and the .S. With the RSA accelerator on, the accelerator
# multiplies and this option is ignored.
option(MIKEYNANO_XTENSA_ASM "MikeyNano.Native: SAKKE's field product in Xtensa assembly (ESP32, ESP32-S2, ESP32-S3)" OFF)
if(MIKEYNANO_XTENSA_ASM AND NOT MIKEYNANO_ESP32_MPI)
    list(REMOVE_ITEM MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/mn_fp1024.c)
    list(APPEND MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/port/xtensa/mn_fp1024_xtensa.c
                                   ${MIKEYNANO_NATIVE_DIR}/src/port/xtensa/mn_fp1024_xtensa.S)
endif()
list(APPEND MikeyNano.Native_SOURCES ${MIKEYNANO_NATIVE_C})

include(FindPackageHandleStandardArgs)
FIND_PACKAGE_HANDLE_STANDARD_ARGS(INTEROP-MikeyNano.Native DEFAULT_MSG MikeyNano.Native_INCLUDE_DIRS MikeyNano.Native_SOURCES)
