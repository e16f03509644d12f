#!/usr/bin/env bash
# The native backend compiled for Xtensa and run under qemu-xtensa: for each KERNEL (test/xtensa/driver.c), the
# instruction trace with secrets drawn from two seeds (constant time: both traces must be the same instruction for
# instruction), its output against the same driver built for this host, and the instruction count with each
# 32 x 32 -> 64 product counted as an ESP32's MULL + MULUH.
#   firmware/native/tools/xtensa_check.sh [--seeds "1 2"] [--functions] [--port esp32|esp32s3] [--asm] [KERNEL...]
#   (default: the field, P-256, media and hash kernels, the SRTP key derivation and the sender's g^r on the combs of
#   g; the other SAKKE steps (sakke_*) take minutes each under the trace and are named when wanted)
# --port esp32 (or MN_XTENSA_PORT=esp32; esp32s3 for the later chips' peripheral) builds the ESP32 MPI port on its
# register model in place of src/mn_fp1024.c, as tools/count_sakke.sh does (docs/device-performance.md 4b): the count
# is then the CPU's. The model's arithmetic (the functions its mpi_hal_start_op calls, with their own copies of the
# run-time functions) is linked into a section of its own that qemu does not log (-dfilter), so it is neither traced
# nor counted; mpi_hal_start_op's own blocks are traced but not counted, and trace.py adds "shadow" lines: the
# instructions from the end of each start to the next mpi_hal_read_result_hw_op (test/qemu_icount.py --shadow), and
# what of them exceeds 1,140 and 2,031 per product.
# --asm (or MN_XTENSA_ASM=1) builds the option MIKEYNANO_XTENSA_ASM: SAKKE's field with the assembly of
# src/port/xtensa/mn_fp1024_xtensa.S (call0 form, its MULUH the counted stand-in of test/xtensa/mn_muluh.inc) in place of
# its C product and reduction; the host's build, which the output is compared with, stays the portable C.
# A KERNEL named *_many (fp1024_mul_many: 10,000 products and squares a seed) runs without the log: its output is only
# compared with the host's ("same" or "DIFFERS"), no count.
# Needs gcc-xtensa-lx106 (Debian's gcc 12 for the lx106 core: the Xtensa ISA with MULL but without MULUH; the ESP32's
# LX6 adds MULUH and register windows) and qemu-user (qemu-xtensa, lx106 core). Prints "KERNEL instructions raw
# verdict" per kernel; exits 1 when a kernel's traces differ between seeds or its output differs from the host's, 2
# when a tool is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seeds="1 2"; fn=""; kernels=(); port=${MN_XTENSA_PORT:-}; asm=${MN_XTENSA_ASM:-}
while [ $# -gt 0 ]; do
    case $1 in
        --seeds) seeds=$2; shift 2 ;;
        --functions) fn=--functions; shift ;;
        --port) port=$2; shift 2 ;;
        --asm) asm=1; shift ;;
        *) kernels+=("$1"); shift ;;
    esac
done
[ ${#kernels[@]} -eq 0 ] && kernels=(fp1024_mul fp1024_sqr fp1024_inv p256_fp_mul p256_fp_sqr p256_fp_inv p256_fn_mul
    p256_fn_inv p256_mul_base p256_mul aes_blocks hmac_sha1 ghash gcm_seal sha256_blocks sakke_pf_pow srtp_kdf eccsi_sign_s)
for tool in xtensa-lx106-elf-gcc qemu-xtensa python3; do
    command -v $tool >/dev/null || { echo "xtensa_check: $tool not found (apt install gcc-xtensa-lx106 qemu-user)"; exit 2; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
x="$here/test/xtensa"
cflags=(-ffreestanding -O2 -std=c99 -DNDEBUG -DMN_XTENSA_MODEL -mlongcalls -I"$x/include" -I"$here/include" -I"$here/src" -Wa,-I"$x")
sources=("$here"/src/*.c); defs=(); tflags=(); dfilter=()
but_field=($(ls "$here"/src/*.c | grep -v '/mn_fp1024\.c$'))   # the backend without the field: ports replace it
if [ -n "$port" ]; then
    case $port in esp32) classic=1 ;; esp32s3) classic=0 ;; *) echo "xtensa_check: unknown port $port"; exit 2 ;; esac
    sources=("${but_field[@]}"
             "$here/src/port/esp32/mn_fp1024_esp32_mpi.c" "$here/src/port/esp32/mn_esp32_mpi.c")
    defs=(-DMN_ESP32_MODEL_CLASSIC=$classic)
    # the model: its HAL functions in .text, what mpi_hal_start_op computes with (not inlined, literals beside the
    # code) moved to .mn_model with the model's own copies of memcpy, memset and __muldi3 (runtime.c, renamed)
    m="$here/test/esp32/esp32_mpi_model.c"
    xtensa-lx106-elf-gcc "${cflags[@]}" "${defs[@]}" -fno-inline -ffunction-sections -mtext-section-literals \
        -c "$m" -o "$work/model.o"
    xtensa-lx106-elf-gcc "${cflags[@]}" -mtext-section-literals -c "$x/runtime.c" -o "$work/model_rt.o"
    xtensa-lx106-elf-objcopy --prefix-symbols=mn_model_ --rename-section .text=.mn_model "$work/model_rt.o"
    renames=()
    for sec in $(xtensa-lx106-elf-objdump -h "$work/model.o" |
                 awk '$2 ~ /^\.text\.(montgomery|product|subtract_if_not_below)/ { print $2 }'); do
        renames+=(--rename-section "$sec=.mn_model")
    done
    xtensa-lx106-elf-objcopy "${renames[@]}" --redefine-sym memcpy=mn_model_memcpy \
        --redefine-sym memset=mn_model_memset --redefine-sym __muldi3=mn_model___muldi3 "$work/model.o"
    # one product's time in instructions (docs/device-performance.md 4a/4b): t = 4.75 us at c = 1.0 cycle per
    # instruction, 11 us at c = 1.3, at 240 MHz
    tflags=(--peripheral mpi_hal_start_op,mpi_hal_read_result_hw_op,1140,2031)
fi
xsources=("${sources[@]}")
if [ -n "$asm" ]; then
    [ -z "$port" ] || { echo "xtensa_check: --asm and --port both replace src/mn_fp1024.c"; exit 2; }
    xsources=("${but_field[@]}" "$here/src/port/xtensa/mn_fp1024_xtensa.c" "$here/src/port/xtensa/mn_fp1024_xtensa.S")
fi
for f in "${xsources[@]}" "$x/driver.c" "$x/runtime.c"; do
    xtensa-lx106-elf-gcc "${cflags[@]}" "${defs[@]}" -c "$f" -o "$work/$(basename "$f").o"
done
gcc -O2 -std=c99 -DNDEBUG -DMN_DRIVER_HOST "${defs[@]}" -I"$here/include" -I"$here/src" "${sources[@]}" \
    ${port:+"$here/test/esp32/esp32_mpi_model.c"} "$x/driver.c" -o "$work/host"
"$work/host" prepare "$work/public.bin"          # the SAKKE steps' public points and tables, made on the host
printf '    .section .rodata\n    .global mn_public\n    .align 4\nmn_public:\n    .incbin "%s"\n' "$work/public.bin" > "$work/public.S"
xtensa-lx106-elf-gcc -nostdlib -static -Wl,-Ttext=0x400000 "$x/start.S" "$work/public.S" "$work"/*.o -o "$work/driver"
if [ -n "$port" ]; then
    read -r lo size < <(xtensa-lx106-elf-objdump -h "$work/driver" | awk '$2 == ".mn_model" { print $4, $3 }')
    [ -n "${lo:-}" ] || { echo "xtensa_check: no .mn_model section in the port build"; exit 2; }
    dfilter=(-dfilter "0x0..$(printf '0x%x' $((0x$lo - 1))),$(printf '0x%x' $((0x$lo + 0x$size)))..0xffffffff")
fi
mkfifo "$work/log"
status=0
for kernel in "${kernels[@]}"; do
    first=""; line=""
    if [[ $kernel == *_many ]]; then
        # agreement only (thousands of calls in one run): no log, no trace, the output against the host's
        verdict=same
        for seed in $seeds; do
            set +e
            qemu-xtensa -cpu lx106 "$work/driver" "$kernel" "$seed" > "$work/out"; rc=$?
            "$work/host" "$kernel" "$seed" "$work/public.bin" > "$work/expected"; rc_host=$?
            set -e
            [ "$rc" -eq 0 ] && [ "$rc_host" -eq 0 ] && cmp -s "$work/out" "$work/expected" || verdict=DIFFERS
        done
        [ "$verdict" = same ] || status=1
        printf '%-14s %12s %12s  %s\n' "$kernel" - - "output over seeds $seeds: $verdict (against the host)"
        continue
    fi
    for seed in $seeds; do
        python3 "$x/trace.py" "$work/driver" $fn "${tflags[@]}" < "$work/log" > "$work/trace" &
        set +e
        qemu-xtensa -cpu lx106 -d in_asm,exec,nochain "${dfilter[@]}" -D "$work/log" "$work/driver" "$kernel" "$seed" \
            > "$work/out"
        rc=$?
        wait $!
        "$work/host" "$kernel" "$seed" "$work/public.bin" > "$work/expected"
        rc_host=$?
        set -e
        line=$(cat "$work/trace")
        [ "$rc" -eq 0 ] && [ "$rc_host" -eq 0 ] || { echo "$kernel: driver exited with $rc, host with $rc_host (seed $seed)"; status=1; continue 2; }
        cmp -s "$work/out" "$work/expected" || { echo "$kernel: Xtensa output differs from the host's (seed $seed)"; status=1; continue 2; }
        digest=${line##* }
        if [ -z "$first" ]; then first=$digest; fi
        [ "$digest" = "$first" ] || { verdict="DIFFERS"; break; }
        verdict="same"
    done
    [ "$verdict" = same ] || status=1
    est=$(sed -E 's/.*xtensa_est ([0-9]+).*/\1/' <<<"$line" | tail -1)
    raw=$(sed -E 's/.*raw ([0-9]+).*/\1/' <<<"$line" | tail -1)
    if [ -n "$fn" ]; then grep -v '^raw' <<<"$line"; else grep '^shadow' <<<"$line" || true; fi
    printf '%-14s %12s %12s  %s\n' "$kernel" "$est" "$raw" "trace over seeds $seeds: $verdict"
done
exit $status
