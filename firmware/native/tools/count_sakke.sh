#!/usr/bin/env bash
# x86-32 instruction counts of the SAKKE kernels (test/bench_sakke.c OPs) for this tree and a baseline revision built in
# the same run, for docs/device-performance.md section 2:
#   firmware/native/tools/count_sakke.sh BASE_REV OP...    e.g.  count_sakke.sh 4f0786b decap rskpair checkcomb inv
# Each tree's bench_sakke is built with gcc -m32 -O3 -static; a 64-bit build of the same tree writes the inputs (tables)
# once; the count is the instructions between bench_start and bench_stop (one call of OP): callgrind where this kernel
# runs 32-bit programs, else qemu-i386's per-block trace summed by test/qemu_icount.py (the counts are exact and repeat
# run to run, so one run each). Prints "OP base current change%".
# With MN_COUNT_PORT=esp32 (or esp32s3) both trees are built with the ESP32 MPI port on its register model
# (docs/device-performance.md 4b) and counted under qemu-i386: the count is then the CPU's instructions (the model's
# mpi_hal_start_op, the peripheral's arithmetic, left out), and two more lines per tree give those that run beside a
# product and what of them exceeds 1,140 and 1,760 per product (test/qemu_icount.py --shadow).
set -euo pipefail
base=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"
git -C "$repo" archive "$base" firmware/native | tar -x -C "$work/base"
port=${MN_COUNT_PORT:-}
sources() { # tree: the backend's sources, with the MPI port and its model in place of the software field when asked
    if [ -z "$port" ]; then ls "$1"/src/*.c; return; fi
    ls "$1"/src/*.c | grep -v '/mn_fp1024\.c$'
    echo "$1/src/port/esp32/mn_fp1024_esp32_mpi.c $1/src/port/esp32/mn_esp32_mpi.c $1/test/esp32/esp32_mpi_model.c"
}
defs=""
[ -n "$port" ] && defs="-DMN_ESP32_MODEL_CLASSIC=$([ "$port" = esp32 ] && echo 1 || echo 0)"
build() { # tree out
    gcc -m32 -O3 -DNDEBUG -std=c99 -static $defs -I"$1/include" $(sources "$1") "$1/test/bench_sakke.c" -o "$2/bench32"
    gcc -O3 -DNDEBUG -std=c99 $defs -I"$1/include" $(sources "$1") "$1/test/bench_sakke.c" -o "$2/bench64"
    mkdir -p "$2/in" && "$2/bench64" prepare "$2/in"
}
count() { # dir op
    if [ -n "$port" ]; then
        local s e
        s=$(nm "$1/bench32" | awk '/ bench_start$/ { print $1 }')
        e=$(nm "$1/bench32" | awk '/ bench_stop$/ { print $1 }')
        qemu-i386 -d in_asm,exec,nochain -D /dev/stdout "$1/bench32" "$2" "$1/in" |
            python3 "$here/test/qemu_icount.py" "$s" "$e" --functions \
                --shadow mpi_hal_start_op,mpi_hal_read_result_hw_op,1140,1760 > "$1/$2.functions"
        awk '/ mpi_hal_start_op$/ { m = $1 } /^[0-9]+$/ { t = $1 } END { print t - m }' "$1/$2.functions"
    elif "$1/bench32" mul "$1/in" 2>/dev/null && command -v valgrind >/dev/null; then
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
    if [ -n "$port" ]; then
        for t in b c; do grep -E '^shadow(:| beyond)' "$work/$t/$op.functions" | sed "s/^/  $op $t /"; done
    fi
done
