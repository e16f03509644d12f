#!/usr/bin/env python3
"""Instruction count of one call in a 32-bit test program, for hosts that cannot run 32-bit valgrind (no IA32
emulation in the kernel): qemu-i386 logs every translated block (in_asm: its instructions) and every execution of a
block (exec, with chaining off); the count is the sum of the executed blocks' sizes between the first execution of
the marker function START and the next of STOP (bench_sakke.c's bench_start/bench_stop).

  gcc -m32 -O3 -DNDEBUG -std=c99 -static -Iinclude src/*.c test/bench_sakke.c -o /tmp/bench32
  /tmp/bench64 prepare /tmp/in           # the same driver built natively writes the inputs (tables) once
  qemu-i386 -d in_asm,exec,nochain -D /dev/stdout /tmp/bench32 decap /tmp/in \\
    | python3 test/qemu_icount.py $(nm /tmp/bench32 | awk '/ bench_start$/{print $1}') \\
                                  $(nm /tmp/bench32 | awk '/ bench_stop$/{print $1}') [--functions]
"""
import collections
import re
import sys


def main():
    start, stop = int(sys.argv[1], 16), int(sys.argv[2], 16)
    by_function = '--functions' in sys.argv
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
                counts[names.get(pc, '?')] += sizes.get(pc, 0)
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


if __name__ == '__main__':
    main()
