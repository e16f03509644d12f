/*
 * SAKKE's 1024-bit field on the ESP32's Xtensa core (build option MIKEYNANO_XTENSA_ASM, firmware/BUILD.md): the two
 * halves of a Montgomery product, product scanning over 32 limbs, with MULL and MULUH.
 *
 *   void     mn_xtensa_mul_wide(uint32_t w[64], const uint32_t a[32], const uint32_t b[32]);   w = a b
 *   void     mn_xtensa_sqr_wide(uint32_t w[64], const uint32_t a[32]);                          w = a^2
 *   uint32_t mn_xtensa_reduce(uint32_t w[64], const uint32_t p[32], uint32_t n0);
 *            Montgomery's reduction of w below p R in place (n0 = -p^-1 mod 2^32): w[0 .. 32) gets the multiples m_k,
 *            w[32 .. 64) the result, below 2p with the returned bit as its bit 1024 (mn_fp1024.c's reduce does the same
 *            in C: its callers finish with the subtraction of p).
 *
 * The core has no carry flag, so a column does not add 64-bit products with carries: each product's low word and high
 * word go into wrapping 32-bit sums A and C, and their top halves (lo >> 16, hi >> 16) into exact sums B and D. The
 * column's value is then (A - 2^16 B) + 2^16 B + 2^32 ((C - 2^16 D) + 2^16 D), where A - 2^16 B mod 2^32 is the sum of
 * the low halves, exact while a column has fewer than 2^16 terms (here at most 65): ten instructions a product (two
 * loads, MULL, MULUH, four additions, two extractions of a top half) and no branch. At the end of a column its low word is A and the
 * carry into the next is A' = C + (((A - 2^16 B) >> 16) + B) >> 16, B' = D, C' = D' = 0 (same form, small halves).
 *
 * Column k reads a_i and b_(k-i); b is copied reversed to the stack so that both are read upwards, and the 32 steps are
 * unrolled once (.Lmw_*, .Lrd_*; the square's 16 cross-product steps, .Lsq_*): a column of n products
 * enters the block at step 32 - n (16 - n), through a table of the steps' addresses (the linker's, whatever size the
 * assembler gives each instruction) indexed by the column number. The column's bounds, the jumps and the addresses
 * depend on k only, never on the operands: the same instructions run for every a and b (tools/xtensa_check.sh checks
 * it).
 *
 * ABI: call0 (the lx106 model of tools/xtensa_check.sh, where mn_muluh is a counted stand-in, test/xtensa/mn_muluh.inc)
 * or windowed (ESP-IDF's default for the ESP32 and ESP32-S3, mn_muluh is MULUH). Only the call0 form has run (under
 * qemu-xtensa): the windowed prologue and return are ENTRY and RETW, the body is the same. Not tuned for cycles: the
 * ESP32's 7-stage pipeline (XCHAL_DATA_PIPE_DELAY 2) may stall a MULL that uses the load just before it; only a board
 * can say whether interleaving a step's loads with the previous step's additions pays.
 */
#if !defined(__XTENSA__)
#error "MIKEYNANO_XTENSA_ASM is for Xtensa cores with MULUH (ESP32, ESP32-S2, ESP32-S3)"
#endif
#if defined(MN_XTENSA_MODEL)
    .include "mn_muluh.inc"
#else
    .macro mn_muluh d, s, t
    muluh \d, \s, \t
    .endm
#endif

/* The frame: offsets 0 to 159 (call0: a0 and a12 .. a15 at 0 to 16). Windowed, ENTRY's frame leaves its top 96 octets
 * untouched: the windowed ABI's spill areas (at most 48 octets) lie there. */
#define FRAME 256
#define SAVED_BASE 20               /* a (mul_wide) or w (reduce) */
#define SAVED_N0 24
#define CARRY_A 24                  /* the square's carry between columns (A, B) */
#define CARRY_B 28
#define REVERSED 32                 /* 32 words: b or p, last limb first */

#if defined(__XTENSA_WINDOWED_ABI__)
    .macro mn_enter
    entry a1, FRAME
    .endm
    .macro mn_leave
    retw
    .endm
#else
    .macro mn_enter
    addmi a1, a1, -FRAME
    s32i a0, a1, 0
    s32i a12, a1, 4
    s32i a13, a1, 8
    s32i a14, a1, 12
    s32i a15, a1, 16
    .endm
    .macro mn_leave
    l32i a0, a1, 0
    l32i a12, a1, 4
    l32i a13, a1, 8
    l32i a14, a1, 12
    l32i a15, a1, 16
    addmi a1, a1, FRAME
    ret
    .endm
#endif

/* Registers in the kernels: a3 and a4 the two operands' bases for the block (a3 + 4 j and a4 + 4 j at step j), a5
 * the column's place in the table of the block's entries, a2 where the block returns to, a6 .. a9 a step's operands and product, a10 .. a13 the column's
 * sums A, B, C, D, a14 the next word of w, a15 scratch. */

/* The product x y into the column (a8, a9 its low and high words). */
    .macro mn_mac x, y
    mull a8, \x, \y
    mn_muluh a9, \x, \y
    add a10, a10, a8
    extui a8, a8, 16, 16
    add a11, a11, a8
    add a12, a12, a9
    extui a9, a9, 16, 16
    add a13, a13, a9
    .endm

/* One step: the product of the words at a3 + 4 j and a4 + 4 j into the column. */
    .macro mn_step j
    l32i a6, a3, 4 * \j
    l32i a7, a4, 4 * \j
    mn_mac a6, a7
    .endm

/* The 32 steps (16 for the square's cross products), labelled name_0 .. name_31 and name_32 at the jump back to a2, and
 * the table of their addresses, name_entries (a column of n products starts at name_entries[32 - n], or [16 - n]). */
    .macro mn_block name
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
\name\()_\j:
    mn_step \j
    .endr
\name\()_32:
    jx a2
    .section .rodata
    .align 4
\name\()_entries:
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32
    .word \name\()_\j
    .endr
    .text
    .endm
    .macro mn_half_block name
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
\name\()_\j:
    mn_step \j
    .endr
\name\()_16:
    jx a2
    .section .rodata
    .align 4
\name\()_entries:
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
    .word \name\()_\j
    .endr
    .text
    .endm

/* Jump to the step whose address a5 points at. a6 scratch. */
    .macro mn_enter_block
    l32i a6, a5, 0
    jx a6
    .endm

/* The column is complete: its carry into the next column (A, B from C, D; C = D = 0). a6 scratch. */
    .macro mn_carry
    slli a6, a11, 16
    sub a6, a10, a6                 /* the low halves' sum, mod 2^32 (exact) */
    extui a6, a6, 16, 16
    add a6, a6, a11
    extui a6, a6, 16, 16                 /* what the low word carries into the high word */
    add a10, a12, a6
    mov a11, a13
    movi a12, 0
    movi a13, 0
    .endm

/* The word at a14 (w_k) added to the column (A and B). a6 scratch. */
    .macro mn_add_word
    l32i a6, a14, 0
    add a10, a10, a6
    extui a6, a6, 16, 16
    add a11, a11, a6
    .endm

/* The 32 words at a4 copied to the frame's REVERSED area, last first. a5, a6, a15 scratch. */
    .macro mn_reverse
    addi a5, a1, REVERSED + 112
    movi a15, 8
1:  l32i a6, a4, 0
    s32i a6, a5, 12
    l32i a6, a4, 4
    s32i a6, a5, 8
    l32i a6, a4, 8
    s32i a6, a5, 4
    l32i a6, a4, 12
    s32i a6, a5, 0
    addi a4, a4, 16
    addi a5, a5, -16
    addi a15, a15, -1
    bnez a15, 1b
    .endm

    .text
    .literal_position

/* w = a b (a2 = w, a3 = a, a4 = b). Column k < 32 has k + 1 products (a_0 b_k .. a_k b_0): the block is entered at
 * step 31 - k with a3 = a + 4 (k - 31), a4 = the reversed b. Column k >= 32 has 63 - k (a_(k-31) b_31 .. a_31 b_(k-31)):
 * entered at step k - 31 with a3 = a, a4 = reversed b - 4 (k - 31). w[63] is the last carry. */
    .global mn_xtensa_mul_wide
    .type mn_xtensa_mul_wide, @function
    .align 4
mn_xtensa_mul_wide:
    mn_enter
    mn_reverse
    mov a14, a2
    s32i a3, a1, SAVED_BASE
    addi a3, a3, -124
    addi a4, a1, REVERSED
    movi a5, .Lmw_entries + 4 * 31
    movi a2, .Lmw_low
    movi a10, 0
    movi a11, 0
    movi a12, 0
    movi a13, 0
    mn_enter_block
.Lmw_low:                           /* column k < 32 done */
    s32i a10, a14, 0
    addi a14, a14, 4
    mn_carry
    addi a3, a3, 4
    movi a15, .Lmw_entries
    beq a5, a15, .Lmw_high_first
    addi a5, a5, -4
    mn_enter_block
.Lmw_high_first:
    l32i a3, a1, SAVED_BASE
    movi a2, .Lmw_high
    addi a4, a4, -4
    addi a5, a5, 4
    mn_enter_block
.Lmw_high:                          /* column k >= 32 done */
    s32i a10, a14, 0
    addi a14, a14, 4
    mn_carry
    movi a15, .Lmw_entries + 4 * 31
    beq a5, a15, .Lmw_done
    addi a4, a4, -4
    addi a5, a5, 4
    mn_enter_block
.Lmw_done:
    s32i a10, a14, 0                /* w[63]: the product is below 2^2048, so the last carry is one word */
    /* the reversed b is a secret operand: zero it */
    addi a5, a1, REVERSED
    movi a15, 8
    movi a6, 0
1:  s32i a6, a5, 0
    s32i a6, a5, 4
    s32i a6, a5, 8
    s32i a6, a5, 12
    addi a5, a5, 16
    addi a15, a15, -1
    bnez a15, 1b
    mn_leave
    mn_block .Lmw
    .size mn_xtensa_mul_wide, . - mn_xtensa_mul_wide

/* Montgomery's reduction in place (a2 = w, a3 = p, a4 = n0). Column k < 32 adds m_i p_(k-i) for i < k (k products:
 * block entered at step 32 - k, a3 = w + 4 (k - 32), a4 = reversed p - 4), then w_k; m_k = (its low word) n0 makes the
 * low word 0 once m_k p_0 is added; w[k] = m_k. Column k >= 32 adds m_i p_(k-i) for i > k - 32 (63 - k products:
 * step k - 31, a3 = w, a4 = reversed p - 4 (k - 31)), then w_k; w[k] = its low word. Returns the last carry. */
    .global mn_xtensa_reduce
    .type mn_xtensa_reduce, @function
    .align 4
mn_xtensa_reduce:
    mn_enter
    s32i a4, a1, SAVED_N0
    mov a4, a3
    mn_reverse
    mov a14, a2
    s32i a2, a1, SAVED_BASE
    addi a3, a2, -128
    addi a4, a1, REVERSED - 4
    movi a5, .Lrd_entries + 4 * 32
    movi a2, .Lrd_low
    movi a10, 0
    movi a11, 0
    movi a12, 0
    movi a13, 0
    mn_enter_block
.Lrd_low:                           /* column k < 32: its products are in */
    mn_add_word
    l32i a6, a1, SAVED_N0
    mull a6, a10, a6                /* m_k */
    l32i a7, a1, REVERSED + 124     /* p_0 */
    mn_mac a6, a7                   /* the column's low word is now 0 mod 2^32 */
    s32i a6, a14, 0
    addi a14, a14, 4
    mn_carry
    addi a3, a3, 4
    movi a15, .Lrd_entries + 4
    beq a5, a15, .Lrd_high_first
    addi a5, a5, -4
    mn_enter_block
.Lrd_high_first:                    /* column 32 enters where column 31 did, with the same a4 */
    l32i a3, a1, SAVED_BASE
    movi a2, .Lrd_high
    mn_enter_block
.Lrd_high:                          /* column k >= 32: its products are in */
    mn_add_word
    s32i a10, a14, 0
    addi a14, a14, 4
    mn_carry
    movi a15, .Lrd_entries + 4 * 32
    beq a5, a15, .Lrd_done
    addi a4, a4, -4
    addi a5, a5, 4
    mn_enter_block
.Lrd_done:
    mov a2, a10                     /* bit 1024 of the result */
    mn_leave
    mn_block .Lrd
    .size mn_xtensa_reduce, . - mn_xtensa_reduce

/* w = a^2 (a2 = w, a3 = a). Column k adds the cross products a_i a_(k-i), i < k - i, i >= lo = max(0, k - 31): there are
 * n = floor((k + 1) / 2) - lo of them, at most 16, entered at step 16 - n of a 16-step block; then the column is
 * doubled (each of its four sums: their form survives doubling while the low halves' sum stays below 2^31), a_(k/2)^2
 * added when k is even, then the carry from column k - 1 (kept in the frame). k, and so every branch, is public. */
    .global mn_xtensa_sqr_wide
    .type mn_xtensa_sqr_wide, @function
    .align 4
mn_xtensa_sqr_wide:
    mn_enter
    mov a4, a3
    mn_reverse
    s32i a3, a1, SAVED_BASE
    mov a14, a2
    movi a2, .Lsq_after
    movi a6, 0
    s32i a6, a1, CARRY_A
    s32i a6, a1, CARRY_B
    movi a15, 0                     /* k */
.Lsq_column:
    movi a6, 0                      /* lo */
    addi a7, a15, -31
    blti a7, 1, 1f
    mov a6, a7
1:  addi a7, a15, 1
    srli a7, a7, 1
    sub a7, a7, a6                  /* n */
    movi a8, 16
    sub a8, a8, a7                  /* the entry step j0 = 16 - n */
    movi a5, .Lsq_entries
    addx4 a5, a8, a5
    l32i a3, a1, SAVED_BASE
    sub a7, a6, a8                  /* lo - j0 */
    addx4 a3, a7, a3                /* a + 4 (lo - j0): step j0 reads a_lo */
    sub a7, a7, a15
    addi a7, a7, 31                 /* 31 - k + lo - j0 */
    addi a4, a1, REVERSED
    addx4 a4, a7, a4                /* step j0 reads a_(k - lo), at 31 - k + lo in the reversed copy */
    movi a10, 0
    movi a11, 0
    movi a12, 0
    movi a13, 0
    mn_enter_block
.Lsq_after:
    add a10, a10, a10
    add a11, a11, a11
    add a12, a12, a12
    add a13, a13, a13
    bbsi a15, 0, 2f                 /* k odd: no square term */
    l32i a6, a1, SAVED_BASE
    addx2 a6, a15, a6               /* a + 4 (k / 2) */
    l32i a6, a6, 0
    mn_mac a6, a6
2:  l32i a6, a1, CARRY_A
    add a10, a10, a6
    l32i a6, a1, CARRY_B
    add a11, a11, a6
    s32i a10, a14, 0
    addi a14, a14, 4
    mn_carry
    s32i a10, a1, CARRY_A
    s32i a11, a1, CARRY_B
    addi a15, a15, 1
    movi a6, 63
    bne a15, a6, .Lsq_column
    s32i a10, a14, 0                /* w[63] */
    addi a5, a1, REVERSED           /* the reversed a and the last carry are secrets: zero them */
    movi a15, 8
    movi a6, 0
    s32i a6, a1, CARRY_A
    s32i a6, a1, CARRY_B
3:  s32i a6, a5, 0
    s32i a6, a5, 4
    s32i a6, a5, 8
    s32i a6, a5, 12
    addi a5, a5, 16
    addi a15, a15, -1
    bnez a15, 3b
    mn_leave
    mn_half_block .Lsq
    .size mn_xtensa_sqr_wide, . - mn_xtensa_sqr_wide
