/*
 * The ESP32's AES accelerator as the block cipher of AES-128 keystreams (AES-CM and GCM's counter mode and its E(K, 0)
 * and E(K, J0); issue 12, build option MN_ESP32_AES; internal interface). AES-192/256 keys stay in software, as does
 * everything else on the packet path (GHASH, SHA-1/HMAC). mn_aes.c (compiled through mn_aes_esp32_aes.c) opens one
 * session per call that encrypts (one packet's keystream, or a few blocks):
 *
 *   mn_esp32_aes_begin   takes ESP-IDF's AES hardware (esp_aes_acquire_hardware: on the ESP32 a spinlock that also
 *                        keeps interrupts off this core, the clock on and the peripheral reset) and writes the key and
 *                        the encrypt mode; returns all ones when every key word reached the hardware (the HAL's count,
 *                        a fault-injection check), else zero, and the caller then zeroes its output by mask;
 *   mn_esp32_aes_block   one block through the text registers (16-octet buffers aligned to 4: the HAL reads words);
 *   mn_esp32_aes_end     overwrites the key registers with zeros and the text registers with the encryption of a zero
 *                        block under that zero key (a public constant), then releases the hardware.
 *
 * As for the RSA accelerator, the session's state is the peripheral's; the driver keeps no variable of its own.
 */
#ifndef MN_ESP32_AES_H
#define MN_ESP32_AES_H

#include <stdint.h>

uint32_t mn_esp32_aes_begin(const uint8_t key[16]);
void mn_esp32_aes_block(const uint32_t in[4], uint32_t out[4]);
void mn_esp32_aes_end(void);

#endif
