/*
 * The ESP32's RSA accelerator ("MPI peripheral") as the Montgomery multiplier of SAKKE's 1024-bit field (issue 12,
 * build option MN_ESP32_MPI; internal interface, not part of the public API).
 *
 * The field (mn_fp1024.c) keeps its representation: Montgomery form with R = 2^1024, 32 limbs, fully reduced. With the
 * option on, its multiply and square call mn_esp32_mpi_mont_mul, which returns exactly what the software multiply
 * returns (a b R^-1 mod p, below p), and every public SAKKE entry point brackets its whole computation (a scalar
 * multiplication, a pairing, an exponentiation, a table) in one session:
 *
 *   mn_esp32_mpi_begin   takes the peripheral's lock (ESP-IDF's esp_crypto_mpi_lock, shared with mbedTLS), enables
 *                        its clock (which resets it: TRM 24.3.1, the memory blocks read zero), and loads what stays
 *                        fixed for the whole session: the operand length, M = p and M' = -p^-1 mod 2^32;
 *   mn_esp32_mpi_mont_mul  one Montgomery product on the peripheral (operands in, one start, result out, then a masked
 *                        subtraction of p: no branch on the operands);
 *   mn_esp32_mpi_start, mn_esp32_mpi_read  the same product in two halves: the operands in and the start, then the wait
 *                        and the result out, unreduced (below 2p). The peripheral computes on its own between them
 *                        (ESP-IDF's mpi_hal_start_op only writes the start register; mpi_hal_read_result_hw_op polls for
 *                        the end), so the CPU's work that does not need the product goes there: the F_p^2 kernels of
 *                        the port (mn_fp1024_esp32_mpi.c) put their additions and the previous product's subtraction of
 *                        p in that shadow;
 *   mn_esp32_mpi_end     overwrites the operand and result blocks (X, Y, Z) with zeros, disables the clock, releases
 *                        the lock.
 *
 * The session's state is the peripheral's (its registers, its lock): there is no software context to carry, so the
 * driver keeps no variable of its own. Sessions do not nest (the lock is not recursive); no public entry point calls
 * another one.
 */
#ifndef MN_ESP32_MPI_H
#define MN_ESP32_MPI_H

#include <stdint.h>

void mn_esp32_mpi_begin(void);
/** r = a b R^-1 mod p for a, b below p (32 limbs each); r may alias a or b. Only between begin and end. */
void mn_esp32_mpi_mont_mul(uint32_t *r, const uint32_t *a, const uint32_t *b);
/** Writes a and b (below p) to the peripheral and starts their product; the next call on the peripheral must be
 *  mn_esp32_mpi_read. a and b may be overwritten once this returns (the peripheral holds copies). */
void mn_esp32_mpi_start(const uint32_t *a, const uint32_t *b);
/** Waits for the product started last and reads it: r = a b R^-1 mod p + (0 or p), below 2p (not canonical until
 *  mn_sakke_fp_reduce_once). */
void mn_esp32_mpi_read(uint32_t *r);
void mn_esp32_mpi_end(void);

#endif
