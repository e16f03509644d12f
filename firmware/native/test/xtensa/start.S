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
    .section .bss
    .align 16
    .space 262144
mn_stack_top:
