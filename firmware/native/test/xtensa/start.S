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
/* a10 = the high word of a10 * a11 (what the ESP32's MULUH computes), for mn_word.h's MN_XTENSA_MODEL: clobbers only
 * a0 (the call), a8 and a9; a2 .. a7 are saved around the work. trace.py drops this body from the count (the call
 * instruction stands for the MULUH). */
    .global mn_xtensa_mulhi
    .type mn_xtensa_mulhi, @function
    .align 4
mn_xtensa_mulhi:
    movi a8, mn_mulhi_save
    s32i a2, a8, 0
    s32i a3, a8, 4
    s32i a4, a8, 8
    s32i a5, a8, 12
    extui a2, a10, 0, 16        /* al */
    extui a3, a10, 16, 16       /* ah */
    extui a4, a11, 0, 16        /* bl */
    extui a5, a11, 16, 16       /* bh */
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
    add a10, a3, a9
    l32i a2, a8, 0
    l32i a3, a8, 4
    l32i a4, a8, 8
    l32i a5, a8, 12
    ret
    .size mn_xtensa_mulhi, . - mn_xtensa_mulhi

    .section .bss
    .align 16
mn_mulhi_save:
    .space 16
    .space 262144
mn_stack_top:
