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

# Build option: SAKKE's 1024-bit field on the ESP32's RSA accelerator (firmware/native/src/port/esp32, at ESP-IDF's HAL
# level; P-256 stays in software). Off by default: the software field. On, the field's translation unit is compiled
# through the port's wrapper instead of src/mn_fp1024.c, so no compile definition has to reach the sources, and the
# port finds hal/mpi_hal.h (components/hal), esp_crypto_lock.h (esp_hw_support) and esp_crypto_periph_clk.h
# (esp_security, which nf-interpreter's ESP32 include list lacks: added here).
option(MIKEYNANO_ESP32_MPI "MikeyNano.Native: SAKKE's 1024-bit field on the ESP32 RSA accelerator" OFF)
if(MIKEYNANO_ESP32_MPI)
    list(REMOVE_ITEM MIKEYNANO_NATIVE_C ${MIKEYNANO_NATIVE_DIR}/src/mn_fp1024.c)
    list(APPEND MIKEYNANO_NATIVE_C
        ${MIKEYNANO_NATIVE_DIR}/src/port/esp32/mn_fp1024_esp32_mpi.c
        ${MIKEYNANO_NATIVE_DIR}/src/port/esp32/mn_esp32_mpi.c)
    list(APPEND MikeyNano.Native_INCLUDE_DIRS ${IDF_PATH_CMAKED}/components/esp_security/include)
endif()
list(APPEND MikeyNano.Native_SOURCES ${MIKEYNANO_NATIVE_C})

include(FindPackageHandleStandardArgs)
FIND_PACKAGE_HANDLE_STANDARD_ARGS(INTEROP-MikeyNano.Native DEFAULT_MSG MikeyNano.Native_INCLUDE_DIRS MikeyNano.Native_SOURCES)
