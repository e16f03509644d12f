/*
 * The ESP-IDF interfaces the ESP32 ports call (ESP-IDF 5.5: components/hal/include/hal/mpi_hal.h, hal/mpi_types.h,
 * components/esp_hw_support/include/esp_crypto_lock.h, components/esp_security/include/esp_crypto_periph_clk.h).
 * Under ESP-IDF (ESP_PLATFORM) these are the real headers. On the host, the same functions are declared here and a
 * test-only register model implements them (test/esp32/esp32_mpi_model.c); MN_ESP32_MODEL_CLASSIC selects which
 * chip's behaviour the port expects there, as CONFIG_IDF_TARGET_ESP32 does on the device.
 */
#ifndef MN_ESP32_HAL_H
#define MN_ESP32_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(ESP_PLATFORM)
#include "sdkconfig.h"
#include "hal/mpi_hal.h"
#include "esp_crypto_lock.h"
#include "esp_crypto_periph_clk.h"
#if CONFIG_IDF_TARGET_ESP32
#define MN_ESP32_CLASSIC 1
#else
#define MN_ESP32_CLASSIC 0
#endif
#else
/* host: the declarations of the functions the port calls, implemented by the register model */
#define MN_ESP32_CLASSIC MN_ESP32_MODEL_CLASSIC
typedef enum { MPI_MULT = 0x0, MPI_MODMULT, MPI_MODEXP } mpi_op_t;
typedef enum { MPI_PARAM_X = 0x0, MPI_PARAM_Y, MPI_PARAM_Z, MPI_PARAM_M } mpi_param_t;
void esp_crypto_mpi_lock_acquire(void);
void esp_crypto_mpi_lock_release(void);
void esp_crypto_mpi_enable_periph_clk(bool enable);
void mpi_hal_enable_hardware_hw_op(void);
void mpi_hal_set_mode(size_t num_words);
void mpi_hal_write_to_mem_block(mpi_param_t param, size_t offset, const uint32_t *p, size_t n, size_t num_words);
void mpi_hal_write_m_prime(uint32_t Mprime);
void mpi_hal_start_op(mpi_op_t op);
void mpi_hal_read_result_hw_op(uint32_t *p, size_t n, size_t z_words);
#endif

#endif
