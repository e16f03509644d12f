#!/usr/bin/env python3
"""Instruction count of one call in a 32-bit test program, for hosts that cannot run 32-bit valgrind (no IA32
emulation in the kernel): qemu-i386 logs every translated block (in_asm: its instructions) and every execution of a
block (exec, with chaining off); the count is the sum of the executed blocks' sizes between the first execution of
the marker function START and the next of STOP (bench_sakke.c's bench_start/bench_stop).

  gcc -m32 -O3 -DNDEBUG -std=c99 -static -Iinclude src/*.c test/bench_sakke.c -o /tmp/bench32
  /tmp/bench64 prepare /tmp/in           # the same driver built natively writes the inputs (tables) once
  qemu-i386 -d in_asm,exec,nochain -D /dev/stdout /tmp/bench32 decap /tmp/in \\
    | python3 test/qemu_icount.py $(nm /tmp/bench32 | awk '/ bench_start$/{print $1}') \\
                                  $(nm /tmp/bench32 | awk '/ bench_stop$/{print $1}') [--functions] [--shadow ...]

--functions prints the 20 functions that ran the most instructions (exclusive: a block counts for the symbol it lies
in). --shadow START,READ,LIMIT[,LIMIT...] (the ESP32 MPI port on its model, docs/device-performance.md 4b) also counts
the instructions that run while a peripheral product computes: from the end of a call of START (mpi_hal_start_op,
whose own blocks are the model's arithmetic, not the CPU's) to the first block of READ (mpi_hal_read_result_hw_op,
which waits for the product). It prints their sum and, for each LIMIT (the instructions that fit in one product's
time), the sum over products of what ran beyond it: the part of the shadow that the product does not hide.
"""
import collections
import re
import sys


def main():
    start, stop = int(sys.argv[1], 16), int(sys.argv[2], 16)
    by_function = '--functions' in sys.argv
    shadow = None
    if '--shadow' in sys.argv:
        spec = sys.argv[sys.argv.index('--shadow') + 1].split(',')
        shadow = spec[0], spec[1], [int(x) for x in spec[2:]]
    busy, shadows = None, []
    beside = collections.Counter()
    sizes, names = {}, {}
    block, symbol = None, None
    counting = False
    counts = collections.Counter()
    insn = re.compile(r'^0x([0-9a-f]+):')
    for line in sys.stdin:
        if line.startswith('Trace'):
            pc = int(line.split('/')[1], 16)   # "Trace 0: host [cs_base/pc/flags/cflags] symbol"
            if pc == start:
                counting = True
            elif pc == stop:
                counting = False
            if counting:
                name, size = names.get(pc, '?'), sizes.get(pc, 0)
                counts[name] += size
                if shadow:
                    if name == shadow[0]:
                        busy = 0                   # a product started: what follows runs beside it
                    elif name == shadow[1]:
                        if busy is not None:
                            shadows.append(busy)
                        busy = None
                    elif busy is not None:
                        busy += size
                        beside[name] += size
        elif line.startswith('IN:'):
            block, symbol = None, line[3:].strip()
        elif line.startswith('0x'):
            m = insn.match(line)
            if m:
                if block is None:
                    block = int(m.group(1), 16)
                    sizes[block], names[block] = 0, symbol
                sizes[block] += 1
    if by_function:
        for name, n in counts.most_common(20):
            print(n, name)
    print(sum(counts.values()))
    if shadow:
        print('shadow: %d products, %d instructions beside them' % (len(shadows), sum(shadows)))
        if by_function:
            for name, n in beside.most_common(10):
                print('shadow', n, name)
        for limit in shadow[2]:
            print('shadow beyond %d per product: %d' % (limit, sum(max(0, b - limit) for b in shadows)))


if __name__ == '__main__':
    main()
