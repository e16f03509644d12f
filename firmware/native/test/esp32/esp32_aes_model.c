/* Test-only model of the ESP32 AES accelerator, block mode (see esp32_aes_model.h). State global, as the peripheral. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "esp32_aes_model.h"
#include "../../src/port/esp32/mn_esp32_aes_hal.h"

static struct
{
    uint8_t key[32], text[16];
    int mode_ok;
    esp32_aes_model_books books;
} hw;

esp32_aes_model_books esp32_aes_model_read_books(void)
{
    return hw.books;
}

/* ---- AES-128 encryption, byte-oriented, no table, no branch on data ---- */
static uint8_t xtime(uint8_t a)
{
    return (uint8_t)((a << 1) ^ (0x1B & (0u - (unsigned)(a >> 7))));
}

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    for (int i = 0; i < 8; i++) {
        r ^= (uint8_t)(a & (0u - (unsigned)(b & 1)));
        a = xtime(a);
        b >>= 1;
    }
    return r;
}

static uint8_t sbox(uint8_t x)
{
    uint8_t inv = 1, p = x;                       /* x^254 = x^-1 (0 for 0): 254 = 0b11111110 */
    for (int i = 1; i < 8; i++) {
        p = gf_mul(p, p);                          /* x^(2^i) */
        inv = gf_mul(inv, p);
    }
    uint8_t s = inv;
    for (int i = 1; i <= 4; i++) s ^= (uint8_t)((inv << i) | (inv >> (8 - i)));
    return (uint8_t)(s ^ 0x63);
}

static void aes128_encrypt(const uint8_t key[16], const uint8_t in[16], uint8_t out[16])
{
    uint8_t rk[16], st[16], t[16], rcon = 1;
    memcpy(rk, key, 16);
    for (int i = 0; i < 16; i++) st[i] = (uint8_t)(in[i] ^ rk[i]);
    for (int round = 1; round <= 10; round++) {
        /* next round key (FIPS 197 5.2) */
        uint8_t w[4] = { sbox(rk[13]), sbox(rk[14]), sbox(rk[15]), sbox(rk[12]) };
        w[0] ^= rcon;
        rcon = xtime(rcon);
        for (int i = 0; i < 16; i++) rk[i] ^= i < 4 ? w[i] : rk[i - 4];
        /* SubBytes and ShiftRows: row r of column c comes from column c + r */
        for (int c = 0; c < 4; c++)
            for (int r = 0; r < 4; r++) t[4 * c + r] = sbox(st[4 * ((c + r) % 4) + r]);
        /* MixColumns, not in the last round */
        for (int c = 0; c < 4 && round < 10; c++) {
            uint8_t *a = t + 4 * c, a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
            a[0] = (uint8_t)(xtime(a0) ^ xtime(a1) ^ a1 ^ a2 ^ a3);
            a[1] = (uint8_t)(a0 ^ xtime(a1) ^ xtime(a2) ^ a2 ^ a3);
            a[2] = (uint8_t)(a0 ^ a1 ^ xtime(a2) ^ xtime(a3) ^ a3);
            a[3] = (uint8_t)(xtime(a0) ^ a0 ^ a1 ^ a2 ^ xtime(a3));
        }
        for (int i = 0; i < 16; i++) st[i] = (uint8_t)(t[i] ^ rk[i]);
    }
    memcpy(out, st, 16);
}

/* ---- the HAL ---- */
void esp_aes_acquire_hardware(void)
{
    hw.books.acquires++;
    if (hw.books.held) hw.books.misuse++;          /* ESP-IDF's AES exclusion does not nest */
    hw.books.held = 1;
}

void esp_aes_release_hardware(void)
{
    if (!hw.books.held) hw.books.misuse++;
    hw.books.held = 0;
}

uint8_t aes_hal_setkey(const uint8_t *key, size_t key_bytes, int mode)
{
    if (!hw.books.held) { hw.books.misuse++; return 0; }
    hw.mode_ok = key_bytes == 16 && mode == ESP_AES_ENCRYPT;
    memset(hw.key, 0, sizeof hw.key);
    memcpy(hw.key, key, key_bytes <= 32 ? key_bytes : 32);
    return (uint8_t)key_bytes;
}

void aes_hal_transform_block(const void *input_block, void *output_block)
{
    if (!hw.books.held || !hw.mode_ok || ((uintptr_t)input_block | (uintptr_t)output_block) % 4 != 0) {
        hw.books.misuse++;                         /* the HAL reads and writes words: blocks must be aligned */
        return;
    }
    aes128_encrypt(hw.key, input_block, hw.text);
    memcpy(output_block, hw.text, 16);
    hw.books.blocks++;
}

int esp32_aes_model_registers_clear(void)
{
    static const uint8_t zero[16];
    uint8_t e00[16];
    aes128_encrypt(zero, zero, e00);
    uint8_t k = 0;
    for (int i = 0; i < 32; i++) k |= hw.key[i];
    return k == 0 && (memcmp(hw.text, e00, 16) == 0 || memcmp(hw.text, zero, 16) == 0);
}

/* every program linked with the model checks the session rules at its end */
__attribute__((destructor)) static void check_at_exit(void)
{
    if (hw.books.misuse || hw.books.held || !esp32_aes_model_registers_clear()) {
        printf("FAIL AES accelerator model: %lu misuse, held %d, registers %s\n", hw.books.misuse, hw.books.held,
               esp32_aes_model_registers_clear() ? "clear" : "holding a key or data");
        fflush(stdout);
        _exit(1);
    }
}
