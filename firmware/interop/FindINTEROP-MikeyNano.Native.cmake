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
list(APPEND MikeyNano.Native_SOURCES ${MIKEYNANO_NATIVE_C})

include(FindPackageHandleStandardArgs)
FIND_PACKAGE_HANDLE_STANDARD_ARGS(INTEROP-MikeyNano.Native DEFAULT_MSG MikeyNano.Native_INCLUDE_DIRS MikeyNano.Native_SOURCES)
