#!/usr/bin/env bash
# Instruction counts of this tree's native backend against a built wolfSSL, one call of each operation, in the same run
# (issue 12's host targets; docs/device-performance.md section 2b says which wolfSSL and how it was configured):
#   firmware/native/tools/count_vs_wolfssl.sh WOLFSSL_BUILD_DIR [OP...]
# WOLFSSL_BUILD_DIR is a wolfSSL tree already configured and built with `make` (in-tree or out-of-tree); this script
# never fetches or builds wolfSSL. It reads the build's CFLAGS from its Makefile: with -m32 the driver is built 32-bit
# and static, else for this machine. The driver (bench/vs_wolfssl.c) is built from this tree's sources (gcc -O3) and
# linked with WOLFSSL_BUILD_DIR/src/.libs/libwolfssl.a; its `prepare` run builds every table once (both sides), its
# `check` run compares both sides' results with the RFC 6508/6507/6979 values, then each OP is counted once per side:
# the instructions between bench_start and bench_stop, by callgrind (--collect-atstart=no, the driver toggles
# collection) where the kernel runs the program under valgrind, else by qemu-i386's per-block trace summed by
# test/qemu_icount.py. Counts are exact and repeat from run to run. Prints one table: op, ours, wolfSSL, ratio, target.
# OPs (bench/vs_wolfssl.c says what each side runs): decap_tables decap_rsk decap_plain encap_tables encap_qbcomb
# encap_plain rsk_check eccsi_sign eccsi_verify ecdsa_verify (all by default).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 WOLFSSL_BUILD_DIR [OP...]" >&2; exit 2; }
wolf=$(cd "$1" && pwd); shift
ops=("$@")
[ ${#ops[@]} -gt 0 ] || ops=(decap_tables decap_rsk decap_plain encap_tables encap_qbcomb encap_plain rsk_check eccsi_sign
                              eccsi_verify ecdsa_verify)
here=$(cd "$(dirname "$0")/.." && pwd)
lib="$wolf/src/.libs/libwolfssl.a"
[ -f "$lib" ] && [ -f "$wolf/Makefile" ] || { echo "$wolf: no Makefile or src/.libs/libwolfssl.a (configure and make it first)" >&2; exit 2; }
src=$(sed -n 's/^abs_top_srcdir = //p' "$wolf/Makefile")
cflags=$(sed -n 's/^CFLAGS = //p' "$wolf/Makefile")
version=$(sed -n 's/^PACKAGE_VERSION = //p' "$wolf/Makefile")
configured=$(sed -n 's/^  \$ //p' "$wolf/config.log" 2>/dev/null | head -1)
defs=$(printf '%s\n' $cflags | grep -E '^-D' | tr '\n' ' ' || true)   # e.g. -DSP_WORD_SIZE=32: the headers must agree
arch=(); static=(); m32=no
if printf '%s\n' $cflags | grep -qx -- '-m32'; then arch=(-m32); static=(-static); m32=yes; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc "${arch[@]}" "${static[@]}" -O3 -DNDEBUG -std=c99 $defs -I"$here/include" -I"$wolf" -I"$src" "$here"/src/*.c \
    "$here/bench/vs_wolfssl.c" "$lib" -lm -lpthread -o "$work/vs"
mkdir -p "$work/in"
run=()
"$work/vs" 2>/dev/null || [ $? -eq 2 ] || run=(qemu-i386)   # the usage exit (2) means the program runs here
"${run[@]}" "$work/vs" prepare "$work/in" >/dev/null
"${run[@]}" "$work/vs" check "$work/in"
count() { # side op
    if [ ${#run[@]} -eq 0 ] && command -v valgrind >/dev/null; then
        valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$work/cg.out" "$work/vs" "$1" "$2" "$work/in" 2>&1 |
            awk '/Collected/ { print $4 }'
    else
        local s e
        s=$(nm "$work/vs" | awk '/ bench_start$/ { print $1 }')
        e=$(nm "$work/vs" | awk '/ bench_stop$/ { print $1 }')
        qemu-i386 -d in_asm,exec,nochain -D /dev/stdout "$work/vs" "$1" "$2" "$work/in" | python3 "$here/test/qemu_icount.py" "$s" "$e"
    fi
}
target() {
    case $1 in
        decap_tables|encap_tables|encap_qbcomb) echo "<= 0.8" ;;
        decap_plain|encap_plain|ecdsa_verify) echo "<= 1.0" ;;
        *) echo "-" ;;
    esac
}
echo "wolfSSL $version: $configured"
echo "ours: $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$here" diff --quiet HEAD -- . 2>/dev/null || echo '+changes'), gcc -O3; $([ $m32 = yes ] && echo 'x86-32' || echo "$(uname -m)"), $([ ${#run[@]} -eq 0 ] && echo callgrind || echo qemu-i386)"
printf '%-14s %14s %14s %7s  %s\n' op ours wolfSSL ratio "issue 12"
for op in "${ops[@]}"; do
    o=$(count mn "$op")
    w=$(count wolf "$op")
    printf '%-14s %14s %14s %7s  %s\n' "$op" "$o" "$w" "$(awk -v o="$o" -v w="$w" 'BEGIN { printf "%.2f", o / w }')" "$(target "$op")"
done
