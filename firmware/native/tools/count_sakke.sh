#!/usr/bin/env bash
# x86-32 instruction counts of the SAKKE kernels (test/bench_sakke.c OPs) for this tree and a baseline revision built in
# the same run, for docs/device-performance.md section 2:
#   firmware/native/tools/count_sakke.sh BASE_REV OP...    e.g.  count_sakke.sh 4f0786b decap rskpair checkcomb inv
# Each tree's bench_sakke is built with gcc -m32 -O3 -static; a 64-bit build of the same tree writes the inputs (tables)
# once; the count is the instructions between bench_start and bench_stop (one call of OP): callgrind where this kernel
# runs 32-bit programs, else qemu-i386's per-block trace summed by test/qemu_icount.py (the counts are exact and repeat
# run to run, so one run each). Prints "OP base current change%".
set -euo pipefail
base=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"
git -C "$repo" archive "$base" firmware/native | tar -x -C "$work/base"
build() { # tree out
    gcc -m32 -O3 -DNDEBUG -std=c99 -static -I"$1/include" "$1"/src/*.c "$1/test/bench_sakke.c" -o "$2/bench32"
    gcc -O3 -DNDEBUG -std=c99 -I"$1/include" "$1"/src/*.c "$1/test/bench_sakke.c" -o "$2/bench64"
    mkdir -p "$2/in" && "$2/bench64" prepare "$2/in"
}
count() { # dir op
    if "$1/bench32" mul "$1/in" 2>/dev/null && command -v valgrind >/dev/null; then
        valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$1/cg.out" "$1/bench32" "$2" "$1/in" 2>&1 |
            awk '/Collected/ { print $4 }'
    else
        local s e
        s=$(nm "$1/bench32" | awk '/ bench_start$/ { print $1 }')
        e=$(nm "$1/bench32" | awk '/ bench_stop$/ { print $1 }')
        qemu-i386 -d in_asm,exec,nochain -D /dev/stdout "$1/bench32" "$2" "$1/in" | python3 "$here/test/qemu_icount.py" "$s" "$e"
    fi
}
mkdir -p "$work/b" "$work/c"
build "$work/base/firmware/native" "$work/b"
build "$here" "$work/c"
for op in "$@"; do
    b=$(count "$work/b" "$op")
    c=$(count "$work/c" "$op")
    echo "$op $b $c $(awk -v b="$b" -v c="$c" 'BEGIN { printf "%+.1f%%", 100 * (c - b) / b }')"
done
