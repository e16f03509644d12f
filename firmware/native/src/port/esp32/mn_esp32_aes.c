/*
 * AES-128 blocks on the ESP32's AES accelerator at ESP-IDF's HAL level (hal/aes_hal.h), build option MN_ESP32_AES (see
 * mn_esp32_aes.h). The accelerator's block mode ("typical AES" on the ESP32-S2/S3 family) takes the key in its key
 * registers and one 16-octet block in its text registers, and leaves the result there (ESP32 TRM, chapter "AES
 * Accelerator"; aes_hal_transform_block writes, starts, waits for idle and reads). ESP-IDF's own AES driver notes about
 * 208 cycles per block including the key write, plus the cost of its lock (components/mbedtls/port/aes/block/esp_aes.c).
 * No branch depends on the key or the data.
 */
#include "mn_esp32_aes.h"
#include "mn_esp32_aes_hal.h"
#include "mikeynano_native.h"

static const uint8_t zero_key[16]; /* constant: what the end of a session writes over the key */

uint32_t mn_esp32_aes_begin(const uint8_t key[16])
{
    esp_aes_acquire_hardware();
    uint32_t written = aes_hal_setkey(key, 16, ESP_AES_ENCRYPT);
    uint32_t d = written ^ 16u;
    return ((d | (0u - d)) >> 31) - 1u;            /* all ones when all 16 octets were written */
}

void mn_esp32_aes_block(const uint32_t in[4], uint32_t out[4])
{
    aes_hal_transform_block(in, out);
}

void mn_esp32_aes_end(void)
{
    uint32_t block[4] = { 0, 0, 0, 0 };
    aes_hal_setkey(zero_key, 16, ESP_AES_ENCRYPT);
    aes_hal_transform_block(block, block);          /* the text registers now hold E(0, 0): public */
    mn_wipe(block, sizeof block);
    esp_aes_release_hardware();
}
