/*
 * The markers around a measured call in the instruction-count drivers (test/bench_sakke.c, bench/vs_wolfssl.c): callgrind
 * (--collect-atstart=no) counts between the two CALLGRIND_TOGGLE_COLLECT, and under qemu-i386 (the host cannot run
 * 32-bit valgrind) test/qemu_icount.py counts from bench_start's execution to bench_stop's. Include once per program.
 */
#ifndef MN_TEST_BENCH_MARKS_H
#define MN_TEST_BENCH_MARKS_H
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_TOGGLE_COLLECT
#endif

__attribute__((noinline)) void bench_start(void) { __asm__ volatile(""); }
__attribute__((noinline)) void bench_stop(void) { __asm__ volatile(""); }
#endif
