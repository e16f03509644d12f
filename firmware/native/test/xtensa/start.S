/* Entry of the Xtensa kernel driver under qemu-xtensa (Linux user mode, call0 ABI): main(argc, argv) from the
 * initial stack, then exit_group(main's result) (syscall 119). No C library start-up: the driver needs none. */
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
    .section .bss
    .align 16
    .space 262144
mn_stack_top:
