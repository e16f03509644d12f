/*
 * Test-only register model of the ESP32 RSA accelerator (see esp32_mpi_model.h): implements the ESP-IDF functions the
 * port calls with the behaviour Espressif documents (ESP32 TRM chapter "RSA Accelerator" 24.3.1/24.3.3, ESP32-S3 TRM
 * chapter "RSA Accelerator"; the register layout of ESP-IDF's soc/hwcrypto_reg.h: four blocks X, Y, Z, M of 128
 * words). Its state is global, as the peripheral is. The arithmetic is word-serial Montgomery multiplication (CIOS),
 * written apart from the field's product scanning code so that the two check each other, and, like the hardware
 * stands in for, it has no branch on the operands.
 */
#include <string.h>
#include "esp32_mpi_model.h"
#include "../../src/port/esp32/mn_esp32_hal.h"

#define BLOCK_WORDS 128

static struct
{
    uint32_t block[4][BLOCK_WORDS];   /* indexed by mpi_param_t: X, Y, Z, M */
    uint32_t m_prime;
    size_t mode;
    int clock, waited, started;
    esp32_mpi_model_books books;
} hw;

esp32_mpi_model_books esp32_mpi_model_read_books(void)
{
    return hw.books;
}

int esp32_mpi_model_operand_blocks_clear(void)
{
    uint32_t acc = 0;
    for (int b = MPI_PARAM_X; b <= MPI_PARAM_Z; b++)
        for (int i = 0; i < BLOCK_WORDS; i++) acc |= hw.block[b][i];
    return acc == 0;
}

void esp_crypto_mpi_lock_acquire(void)
{
    hw.books.lock_acquires++;
    if (hw.books.lock_held) hw.books.misuse++;   /* ESP-IDF's MPI lock is not recursive: this would deadlock */
    hw.books.lock_held = 1;
}

void esp_crypto_mpi_lock_release(void)
{
    if (!hw.books.lock_held) hw.books.misuse++;
    hw.books.lock_held = 0;
}

void esp_crypto_mpi_enable_periph_clk(bool enable)
{
    if (!hw.books.lock_held) hw.books.misuse++;
    hw.clock = enable;
    hw.waited = 0;
    hw.started = 0;
    if (enable) memset(hw.block, 0, sizeof hw.block);  /* released from reset: the blocks are zeroed (TRM 24.3.1) */
}

void mpi_hal_enable_hardware_hw_op(void)
{
    if (!hw.clock) hw.books.misuse++;
    hw.waited = 1;
}

void mpi_hal_set_mode(size_t num_words)
{
    if (!hw.waited) hw.books.misuse++;
    hw.mode = num_words;
}

void mpi_hal_write_m_prime(uint32_t m_prime)
{
    if (!hw.waited) hw.books.misuse++;
    hw.m_prime = m_prime;
}

void mpi_hal_write_to_mem_block(mpi_param_t param, size_t offset, const uint32_t *p, size_t n, size_t num_words)
{
    size_t first = offset / 4;
    if (!hw.waited || offset % 4 != 0 || first + num_words > BLOCK_WORDS || (int)param > MPI_PARAM_M) {
        hw.books.misuse++;
        return;                                   /* writes to an unclocked or absent block are lost */
    }
    for (size_t i = 0; i < num_words; i++) hw.block[param][first + i] = i < n ? p[i] : 0;
    hw.books.words_written += num_words;
}

/* t[0 .. n] = x y 2^(-32 n) mod m, below 2m (n + 1 words: the top one is 0 or 1) */
static void montgomery(uint32_t *t, const uint32_t *x, const uint32_t *y, const uint32_t *m, uint32_t m_prime, int n)
{
    uint32_t a[BLOCK_WORDS + 2];
    memset(a, 0, sizeof a);
    for (int i = 0; i < n; i++) {
        uint64_t c = 0;
        for (int j = 0; j < n; j++) {
            c += (uint64_t)x[i] * y[j] + a[j];
            a[j] = (uint32_t)c;
            c >>= 32;
        }
        c += a[n];
        a[n] = (uint32_t)c;
        a[n + 1] = (uint32_t)(c >> 32);
        uint32_t q = a[0] * m_prime;              /* a + q m is divisible by 2^32 */
        c = ((uint64_t)q * m[0] + a[0]) >> 32;
        for (int j = 1; j < n; j++) {
            c += (uint64_t)q * m[j] + a[j];
            a[j - 1] = (uint32_t)c;
            c >>= 32;
        }
        c += a[n];
        a[n - 1] = (uint32_t)c;
        a[n] = a[n + 1] + (uint32_t)(c >> 32);
        a[n + 1] = 0;
    }
    memcpy(t, a, (size_t)(n + 1) * 4);
}

#if !MN_ESP32_MODEL_CLASSIC
/* t = t - m when t (n + 1 words) >= m, by masks */
static void subtract_if_not_below(uint32_t *t, const uint32_t *m, int n)
{
    uint32_t d[BLOCK_WORDS + 1];
    uint64_t borrow = 0;
    for (int i = 0; i <= n; i++) {
        uint64_t v = (uint64_t)t[i] - (i < n ? m[i] : 0) - borrow;
        d[i] = (uint32_t)v;
        borrow = v >> 63;
    }
    uint32_t keep = 0u - (uint32_t)borrow;        /* t < m: keep t */
    for (int i = 0; i <= n; i++) t[i] = (t[i] & keep) | (d[i] & ~keep);
}
#endif

static void product(uint32_t *z, const uint32_t *x, const uint32_t *y, const uint32_t *r, const uint32_t *m,
                    uint32_t m_prime, int n)
{
    uint32_t t[BLOCK_WORDS + 1];
#if MN_ESP32_MODEL_CLASSIC
    (void)r;
    montgomery(t, x, y, m, m_prime, n);           /* one step, not reduced further; the Z block keeps n words */
#else
    uint32_t u[BLOCK_WORDS + 1];
    montgomery(u, x, y, m, m_prime, n);           /* two Montgomery reductions: x y r R^-2 */
    subtract_if_not_below(u, m, n);
    montgomery(t, u, r, m, m_prime, n);
    subtract_if_not_below(t, m, n);
#endif
    memcpy(z, t, (size_t)n * 4);
}

void esp32_mpi_model_product(uint32_t *z, const uint32_t *x, const uint32_t *y, const uint32_t *r, const uint32_t *m,
                             uint32_t m_prime)
{
    product(z, x, y, r, m, m_prime, 32);
}

void mpi_hal_start_op(mpi_op_t op)
{
    int n;
#if MN_ESP32_MODEL_CLASSIC
    /* RSA_MULT_START: modular (Montgomery) for RSA_MULT_MODE_REG 0..3 (512..2048 bits), plain product from 8 up */
    int ok = op == MPI_MULT && hw.mode < 4;
    n = 16 * ((int)hw.mode + 1);
#else
    int ok = op == MPI_MODMULT && hw.mode < BLOCK_WORDS;
    n = (int)hw.mode + 1;
#endif
    const uint32_t *m = hw.block[MPI_PARAM_M];
    if (!ok || !hw.books.lock_held || !hw.clock || !hw.waited || (uint32_t)(m[0] * hw.m_prime) != 0xFFFFFFFFu) {
        hw.books.misuse++;
        return;
    }
    uint32_t z[BLOCK_WORDS];
#if MN_ESP32_MODEL_CLASSIC
    product(z, hw.block[MPI_PARAM_X], hw.block[MPI_PARAM_Z], NULL, m, hw.m_prime, n);
#else
    product(z, hw.block[MPI_PARAM_X], hw.block[MPI_PARAM_Y], hw.block[MPI_PARAM_Z], m, hw.m_prime, n);
#endif
    memcpy(hw.block[MPI_PARAM_Z], z, (size_t)n * 4);
    memset(z, 0, sizeof z);
    hw.books.products++;
    hw.started = 1;
}

void mpi_hal_read_result_hw_op(uint32_t *p, size_t n, size_t z_words)
{
    if (!hw.started || !hw.clock || n < z_words) hw.books.misuse++;
    for (size_t i = 0; i < n; i++) p[i] = i < z_words ? hw.block[MPI_PARAM_Z][i] : 0;
    hw.books.words_read += z_words;
    hw.started = 0;
}
