/*
 * bench_esp32_mpi_model / bench_esp32s3_mpi_model: bench/mn_steps.c (whole protocol steps on the RFC 6508 values)
 * on the backend with the ESP32 MPI port and the peripheral's register model, printing what the model's books say
 * the run cost the peripheral: sessions (lock acquisitions), Montgomery products, words moved in and out. As with
 * mn_steps, the run with N = 1 minus the run with N = 0 is one step (the set-up builds tables first). Used for
 * docs/device-performance.md; not a test. Under callgrind, the inclusive cost of mpi_hal_start_op is the model's
 * arithmetic (what the hardware does); the rest is what the CPU runs.
 */
#include <stdio.h>
#include "esp32_mpi_model.h"

int mn_steps_main(int argc, char **argv);

int main(int argc, char **argv)
{
    int status = mn_steps_main(argc, argv);
    esp32_mpi_model_books books = esp32_mpi_model_read_books();
    printf("peripheral: %lu sessions, %lu products, %lu words written, %lu words read, %lu misuse\n",
           books.lock_acquires, books.products, books.words_written, books.words_read, books.misuse);
    return status;
}
