/*
 * The 1024-bit field's Montgomery multiply on the ESP32's RSA accelerator, at ESP-IDF's HAL level (hal/mpi_hal.h),
 * compiled only with the build option MN_ESP32_MPI (see mn_esp32_mpi.h for the session it runs in, firmware/BUILD.md
 * for the option). What the peripheral computes, from Espressif's documentation and ESP-IDF 5.5's own driver:
 *
 *   - ESP32 (TRM "RSA Accelerator", 24.3.3 Large Number Modular Multiplication; esp_mpi_mul_mpi_mod_hw_op in ESP-IDF's
 *     components/mbedtls/port/bignum/bignum_alt.c): RSA_MULT_START with RSA_MULT_MODE_REG = N/512 - 1 (N the operand
 *     length, 512 to 2048 bits) is one Montgomery product Z = X Z R^-1 mod M, R = 2^N, with M' = -M^-1 mod 2^32 in
 *     RSA_M_DASH_REG; the documented modular multiplication is two such steps, the first with r = R^2 mod M in Z.
 *     The result may be M or more (ESP-IDF's Montgomery path subtracts M once afterwards, HAC 14.36 step 3). One step
 *     with b in Z is exactly the field's product a b R^-1.
 *   - ESP32-S2/S3 and later (ESP32-S3 TRM "RSA Accelerator", Large Number Modular Multiplication): RSA_MOD_MULT_START
 *     with RSA_LENGTH_REG = N/32 - 1 computes Z = X Y r R^-2 mod M, r taken from Z (two Montgomery reductions; with
 *     r = R^2 mod M it is X Y mod M). With r = R mod p, the field's Montgomery form of 1, it is a b R^-1 again; the
 *     result overwrites Z, so r is written before every product (a constant: no per-session computation).
 *
 * For N = 1024, R = 2^1024 is the field's R, so the field's representation is kept: no conversion per session. Both
 * results are below 2p (the ESP32's, for a, b < p: (a b + m p) / R < p (p/R + 1) < 0.96 R, so it fits the 1024-bit Z
 * block) and one masked subtraction of p makes them canonical. No branch and no memory index depends on a or b.
 *
 * What the sources say about the three things a faster driver could skip (docs/device-performance.md 4b):
 *   - The subtraction of p stays after every product: ESP-IDF's Montgomery step on the ESP32 (esp_mont_hw_op,
 *     bignum_alt.c) subtracts M when Z >= M, and wolfSSL's port (wolfcrypt/src/port/Espressif/esp32_mp.c,
 *     esp_mp_mulmod) subtracts M after the hardware's modular multiplication on every chip "for known issue when Z is
 *     greater than M". Nothing documents a result below M.
 *   - M, M' and the mode are written once per session: "After the operation, the RSA_MULT_MODE_REG register, and memory
 *     blocks RSA_M_MEM and RSA_M_PRIME_REG remain unchanged. Users do not need to refresh these registers or memory
 *     blocks if the values remain the same" (ESP32 TRM v5.6, Large Number Modular Multiplication); ESP-IDF's
 *     esp_mont_hw_op writes them only for its first product (again == false).
 *   - A product's result left in Z is the Z operand of the next start (the TRM's modular multiplication is exactly
 *     that: write Y to X and start again), but it is not below M (above), and operands at or above M are outside
 *     the documentation, so every product here reads its result out and writes both operands.
 * The peripheral computes on its own after the start (ESP-IDF's mpi_hal_start_op writes the start register and
 * returns; mpi_hal_read_result_hw_op polls for the end), so mn_esp32_mpi_start and mn_esp32_mpi_read let the caller
 * run CPU work beside a product.
 */
#include "mn_esp32_mpi.h"
#include "mn_esp32_hal.h"
#include "../../mn_sakke_internal.h"

#define WORDS MN_FP_N   /* 32 words, 1024 bits: one length for the whole session */

static const uint32_t zero_block[WORDS]; /* constant: what the end of a session writes over the operand blocks */

void mn_esp32_mpi_begin(void)
{
    esp_crypto_mpi_lock_acquire();
    esp_crypto_mpi_enable_periph_clk(true);   /* clock on and reset: the memory blocks are zeroed (TRM 24.3.1) */
    mpi_hal_enable_hardware_hw_op();          /* waits for that zeroing to finish */
#if MN_ESP32_CLASSIC
    mpi_hal_set_mode(WORDS / 16 - 1);         /* RSA_MULT_MODE_REG: 512-bit blocks - 1, below 8 = modular */
#else
    mpi_hal_set_mode(WORDS - 1);              /* RSA_LENGTH_REG: words - 1 */
#endif
    mpi_hal_write_to_mem_block(MPI_PARAM_M, 0, mn_sakke_p, WORDS, WORDS);
    mpi_hal_write_m_prime(MN_SAKKE_P_NEG_INV);
}

void mn_esp32_mpi_start(const uint32_t *a, const uint32_t *b)
{
    mpi_hal_write_to_mem_block(MPI_PARAM_X, 0, a, WORDS, WORDS);
#if MN_ESP32_CLASSIC
    mpi_hal_write_to_mem_block(MPI_PARAM_Z, 0, b, WORDS, WORDS);
    mpi_hal_start_op(MPI_MULT);
#else
    mpi_hal_write_to_mem_block(MPI_PARAM_Y, 0, b, WORDS, WORDS);
    mpi_hal_write_to_mem_block(MPI_PARAM_Z, 0, mn_sakke_r1, WORDS, WORDS);
    mpi_hal_start_op(MPI_MODMULT);
#endif
}

void mn_esp32_mpi_read(uint32_t *r)
{
    mpi_hal_read_result_hw_op(r, WORDS, WORDS); /* polls for completion, then reads Z */
}

void mn_esp32_mpi_mont_mul(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    mn_esp32_mpi_start(a, b);
    mn_esp32_mpi_read(r);                       /* a and b are in the blocks: r may alias them */
    mn_sakke_fp_reduce_once(r, r);
}

void mn_esp32_mpi_end(void)
{
    /* the session's operands and products are secrets (scalars' multiples, the RSK, pairing values): leave none in
     * the peripheral, whose memory nothing else clears until its next reset */
    mpi_hal_write_to_mem_block(MPI_PARAM_X, 0, zero_block, WORDS, WORDS);
    mpi_hal_write_to_mem_block(MPI_PARAM_Y, 0, zero_block, WORDS, WORDS);
    mpi_hal_write_to_mem_block(MPI_PARAM_Z, 0, zero_block, WORDS, WORDS);
    esp_crypto_mpi_enable_periph_clk(false);
    esp_crypto_mpi_lock_release();
}
