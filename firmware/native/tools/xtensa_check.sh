#!/usr/bin/env bash
# The native backend compiled for Xtensa and run under qemu-xtensa: for each KERNEL (test/xtensa/driver.c), the
# instruction trace with secrets drawn from two seeds (constant time: both traces must be the same instruction for
# instruction), its output against the same driver built for this host, and the instruction count with each
# 32 x 32 -> 64 product counted as an ESP32's MULL + MULUH.
#   firmware/native/tools/xtensa_check.sh [--seeds "1 2"] [--functions] [KERNEL...]     (default: the field, P-256,
#   media and hash kernels and the sender's g^r on the combs of g; the other SAKKE steps (sakke_*) take minutes each
#   under the trace and are named when wanted)
# Needs gcc-xtensa-lx106 (Debian's gcc 12 for the lx106 core: the Xtensa ISA with MULL but without MULUH; the ESP32's
# LX6 adds MULUH and register windows) and qemu-user (qemu-xtensa, lx106 core). Prints "KERNEL instructions raw
# verdict" per kernel; exits 1 when a kernel's traces differ between seeds or its output differs from the host's, 2
# when a tool is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seeds="1 2"; fn=""; kernels=()
while [ $# -gt 0 ]; do
    case $1 in
        --seeds) seeds=$2; shift 2 ;;
        --functions) fn=--functions; shift ;;
        *) kernels+=("$1"); shift ;;
    esac
done
[ ${#kernels[@]} -eq 0 ] && kernels=(fp1024_mul fp1024_sqr fp1024_inv p256_fp_mul p256_fp_sqr p256_fp_inv p256_fn_mul
    p256_fn_inv p256_mul_base p256_mul aes_blocks hmac_sha1 ghash gcm_seal sha256_blocks sakke_pf_pow)
for tool in xtensa-lx106-elf-gcc qemu-xtensa python3; do
    command -v $tool >/dev/null || { echo "xtensa_check: $tool not found (apt install gcc-xtensa-lx106 qemu-user)"; exit 2; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
x="$here/test/xtensa"
cflags=(-ffreestanding -O2 -std=c99 -DNDEBUG -DMN_XTENSA_MODEL -mlongcalls -I"$x/include" -I"$here/include" -I"$here/src")
for f in "$here"/src/*.c "$x/driver.c" "$x/runtime.c"; do
    xtensa-lx106-elf-gcc "${cflags[@]}" -c "$f" -o "$work/$(basename "$f" .c).o"
done
gcc -O2 -std=c99 -DNDEBUG -DMN_DRIVER_HOST -I"$here/include" -I"$here/src" "$here"/src/*.c "$x/driver.c" -o "$work/host"
"$work/host" prepare "$work/public.bin"          # the SAKKE steps' public points and tables, made on the host
printf '    .section .rodata\n    .global mn_public\n    .align 4\nmn_public:\n    .incbin "%s"\n' "$work/public.bin" > "$work/public.S"
xtensa-lx106-elf-gcc -nostdlib -static -Wl,-Ttext=0x400000 "$x/start.S" "$work/public.S" "$work"/*.o -o "$work/driver"
mkfifo "$work/log"
status=0
for kernel in "${kernels[@]}"; do
    first=""; line=""
    for seed in $seeds; do
        python3 "$x/trace.py" "$work/driver" $fn < "$work/log" > "$work/trace" &
        set +e
        qemu-xtensa -cpu lx106 -d in_asm,exec,nochain -D "$work/log" "$work/driver" "$kernel" "$seed" > "$work/out"
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
    [ -n "$fn" ] && grep -v '^raw' <<<"$line"
    printf '%-14s %12s %12s  %s\n' "$kernel" "$est" "$raw" "trace over seeds $seeds: $verdict"
done
exit $status
