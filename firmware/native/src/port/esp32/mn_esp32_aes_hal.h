/*
 * The ESP-IDF interfaces the AES port calls (ESP-IDF 5.5: components/hal/include/hal/aes_hal.h, hal/aes_types.h, and
 * esp_aes_acquire_hardware/esp_aes_release_hardware of components/mbedtls/port/include/aes/esp_aes.h, the same
 * exclusion mbedTLS's AES uses). Under ESP-IDF the real headers; on the host, declarations that the test-only model
 * (test/esp32/esp32_aes_model.c) implements.
 */
#ifndef MN_ESP32_AES_HAL_H
#define MN_ESP32_AES_HAL_H

#include <stddef.h>
#include <stdint.h>

#if defined(ESP_PLATFORM)
#include "hal/aes_hal.h"
#include "hal/aes_types.h"
#include "aes/esp_aes.h"
#else
#define ESP_AES_ENCRYPT 1
void esp_aes_acquire_hardware(void);
void esp_aes_release_hardware(void);
uint8_t aes_hal_setkey(const uint8_t *key, size_t key_bytes, int mode);
void aes_hal_transform_block(const void *input_block, void *output_block);
#endif

#endif
