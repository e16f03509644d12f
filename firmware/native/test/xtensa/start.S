/* Entry of the Xtensa kernel driver under qemu-xtensa (Linux user mode, call0 ABI): main(argc, argv) from the
 * initial stack, then exit_group(main's result) (syscall 119); mn_write(p, n) is write(1, p, n) (syscall 13). No C
 * library start-up: the driver needs none. */
    .text
    .global _start
    .align 4
_start:
    l32i a2, a1, 0          /* argc */
    addi a3, a1, 4          /* argv */
    movi a1, mn_stack_top
    call0 main
    mov a6, a2
    movi a2, 119
    syscall
1:  j 1b

    .global mn_write
    .align 4
mn_write:
    mov a4, a3
    mov a3, a2
    movi a6, 1
    movi a2, 13
    syscall
    ret
/* The ESP32's MULUH for mn_word.h's MN_XTENSA_MODEL (macro mn_muluh): called by call0, which the two bytes at a0
 * follow: destination << 4 | first source, second source << 4 (register numbers 2 to 15). Saves a2 .. a15 in a frame
 * on the stack, reads both sources from it, writes the high word of their product over the destination's slot,
 * restores every register from the frame (so only the destination changes, and a0 by the call) and returns past the
 * two bytes. trace.py leaves this body out of the count: the caller's call0 stands for the MULUH. */
    .global mn_xtensa_muluh
    .type mn_xtensa_muluh, @function
    .align 4
mn_xtensa_muluh:
    addi a1, a1, -64            /* frame: slot n (4 n) holds an, n = 2 .. 15 */
    s32i a2, a1, 8
    s32i a3, a1, 12
    s32i a4, a1, 16
    s32i a5, a1, 20
    s32i a6, a1, 24
    s32i a7, a1, 28
    s32i a8, a1, 32
    s32i a9, a1, 36
    s32i a10, a1, 40
    s32i a11, a1, 44
    s32i a12, a1, 48
    s32i a13, a1, 52
    s32i a14, a1, 56
    s32i a15, a1, 60
    l8ui a2, a0, 0              /* d << 4 | s */
    l8ui a3, a0, 1              /* t << 4 */
    extui a4, a2, 0, 4
    addx4 a4, a4, a1
    l32i a10, a4, 0             /* x = as */
    srli a4, a3, 4
    addx4 a4, a4, a1
    l32i a11, a4, 0             /* y = at */
    srli a4, a2, 4
    addx4 a12, a4, a1           /* the destination's slot */
    extui a2, a10, 0, 16        /* xl */
    extui a3, a10, 16, 16       /* xh */
    extui a4, a11, 0, 16        /* yl */
    extui a5, a11, 16, 16       /* yh */
    mull a9, a2, a4             /* ll */
    mull a2, a2, a5             /* lh */
    mull a4, a3, a4             /* hl */
    mull a3, a3, a5             /* hh */
    srli a9, a9, 16
    extui a5, a2, 0, 16
    add a9, a9, a5
    extui a5, a4, 0, 16
    add a9, a9, a5              /* mid */
    srli a9, a9, 16
    srli a2, a2, 16
    srli a4, a4, 16
    add a3, a3, a2
    add a3, a3, a4
    add a10, a3, a9             /* the high word */
    s32i a10, a12, 0
    l32i a2, a1, 8
    l32i a3, a1, 12
    l32i a4, a1, 16
    l32i a5, a1, 20
    l32i a6, a1, 24
    l32i a7, a1, 28
    l32i a8, a1, 32
    l32i a9, a1, 36
    l32i a10, a1, 40
    l32i a11, a1, 44
    l32i a12, a1, 48
    l32i a13, a1, 52
    l32i a14, a1, 56
    l32i a15, a1, 60
    addi a1, a1, 64
    addi a0, a0, 2              /* past the two bytes */
    ret
    .size mn_xtensa_muluh, . - mn_xtensa_muluh

    .section .bss
    .align 16
    .space 262144
mn_stack_top:
