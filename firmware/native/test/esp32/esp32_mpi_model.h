/*
 * A test-only register model of the ESP32's RSA accelerator (the MPI peripheral) behind the ESP-IDF functions the port
 * calls (src/port/esp32/mn_esp32_hal.h): the documented behaviour, not Espressif's code. MN_ESP32_MODEL_CLASSIC = 1
 * models the ESP32 (RSA_MULT_START in modular mode: one Montgomery product Z = X Z R^-1 mod M, left below 2M),
 * 0 the ESP32-S2/S3 family (RSA_MOD_MULT_START: Z = X Y r R^-2 mod M with r read from Z, fully reduced). Both
 * with R = 2^(32 N), N words from the mode register. The model also keeps books the tests read: lock and clock,
 * operations started, misuse, and the memory blocks' content.
 */
#ifndef MN_ESP32_MPI_MODEL_H
#define MN_ESP32_MPI_MODEL_H

#include <stdint.h>

typedef struct
{
    unsigned long lock_acquires;   /* esp_crypto_mpi_lock_acquire calls */
    unsigned long products;        /* modular products the hardware computed (MPI_MULT or MPI_MODMULT starts) */
    unsigned long words_written;   /* words written to the memory blocks (X, Y, Z, M) */
    unsigned long words_read;      /* words read from Z */
    unsigned long misuse;          /* starts without the lock, clock or init; nested locks; wrong mode or M'; operands
                                      not below M; a start while the previous product is still unread */
    int lock_held;                 /* 1 while locked */
} esp32_mpi_model_books;

/** The model's books (a copy). */
esp32_mpi_model_books esp32_mpi_model_read_books(void);
/** 1 when every word of the X, Y and Z blocks is zero (no operand or product left in the peripheral). */
int esp32_mpi_model_operand_blocks_clear(void);
/** The model's hardware product alone, as the tests' check of the model: z = x y r R^-2 (ESP32-S3) or x y R^-1
 *  (ESP32, r unused) for N = 32 words and modulus m, exactly as a start with those blocks would leave Z. */
void esp32_mpi_model_product(uint32_t *z, const uint32_t *x, const uint32_t *y, const uint32_t *r, const uint32_t *m,
                             uint32_t m_prime);

#endif
