/*
 * AES with the build option MN_ESP32_AES: the same translation unit as src/mn_aes.c, compiled with AES-128 on the
 * ESP32's AES accelerator (port/esp32/mn_esp32_aes.c). A build with the option compiles this file instead of
 * src/mn_aes.c (firmware/interop/FindINTEROP-MikeyNano.Native.cmake with MIKEYNANO_ESP32_AES, the host's model tests
 * in firmware/native/CMakeLists.txt); nothing else changes.
 */
#define MN_HAVE_ESP32_AES 1
#include "../../mn_aes.c"
