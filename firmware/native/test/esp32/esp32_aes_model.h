/*
 * A test-only model of the ESP32's AES accelerator in block mode behind the ESP-IDF functions the AES port calls
 * (src/port/esp32/mn_esp32_aes_hal.h): key registers, mode, text registers, and ESP-IDF's acquire/release, with books
 * the tests read. Its cipher is a byte-oriented AES-128 written apart from the backend's bitsliced one (the S-box by
 * inversion in GF(2^8) and the affine map, FIPS 197 5.1.1), without tables or branches on data, so that valgrind's
 * constant-time marks see through it. At exit it fails the program (exit status 1) if the hardware was misused or
 * left holding a key, so every test program linked with it checks the session rules too.
 */
#ifndef MN_ESP32_AES_MODEL_H
#define MN_ESP32_AES_MODEL_H

#include <stdint.h>

typedef struct
{
    unsigned long acquires;   /* esp_aes_acquire_hardware calls */
    unsigned long blocks;     /* blocks transformed */
    unsigned long misuse;     /* a key or block while not acquired, nested acquires, a mode other than AES-128
                                 encryption, a release without an acquire */
    int held;
} esp32_aes_model_books;

esp32_aes_model_books esp32_aes_model_read_books(void);
/** 1 when the key registers are all zero and the text registers hold E(0, 0) or zero (no secret left behind). */
int esp32_aes_model_registers_clear(void);

#endif
