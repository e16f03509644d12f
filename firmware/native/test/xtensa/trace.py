#!/usr/bin/env python3
"""trace.py ELF [--functions] < qemu-xtensa log (-d in_asm,exec,nochain): the instructions executed between the first
execution of bench_start and the next of bench_stop (sum of the executed blocks' sizes), a digest of the sequence of
executed blocks (two secrets give the same digest exactly when they execute the same instructions), and the count
without the bodies of the stand-ins for the ESP32's MULUH (mn_xtensa_muluh: its call instruction counts as the
MULUH; __muldi3, which code outside mn_word.h still calls: counted as the two instructions MULL, MULUH).
Prints: raw N muldi3_calls N xtensa_est N trace DIGEST. --dump FILE writes the executed blocks (address, function), one a
line, to compare two secrets' traces with diff. --peripheral START,READ[,LIMIT...] (the ESP32 MPI port on its
register model, tools/xtensa_check.sh --port): START's blocks (mpi_hal_start_op: the model's, the peripheral's work)
are traced but not counted in xtensa_est, and a line "shadow: N products, M instructions beside them" counts (as
xtensa_est does) what runs from the end of each START to the next block of READ (mpi_hal_read_result_hw_op, which
waits for the product), as test/qemu_icount.py --shadow does on x86-32; for each LIMIT (the instructions one product's
time holds) a line "shadow beyond LIMIT per product: N" gives the sum over products of what ran beyond it."""
import collections, hashlib, re, subprocess, sys
elf = sys.argv[1]
syms = {}
for line in subprocess.run(['xtensa-lx106-elf-nm', elf], capture_output=True, text=True).stdout.splitlines():
    p = line.split()
    if len(p) == 3: syms[p[2]] = int(p[0], 16)
start, stop, muldi = syms['bench_start'], syms['bench_stop'], syms.get('__muldi3', -1)
rt = {'__muldi3', 'mul_high', 'mn_xtensa_muluh'}   # run-time stand-ins, not counted
rt_div = {'__udivsi3', '__divsi3', '__umodsi3', '__modsi3'}   # the ESP32 divides in one instruction (QUOS, REMS)
sizes, names = {}, {}
block = sym = None
counting = False
counts = collections.Counter(); calls = 0; h = hashlib.sha256()
periph = sys.argv[sys.argv.index('--peripheral') + 1].split(',') if '--peripheral' in sys.argv else None
busy = None; shadows = []
dump = open(sys.argv[sys.argv.index('--dump') + 1], 'w') if '--dump' in sys.argv else None
insn = re.compile(r'^0x([0-9a-f]+):')
for line in sys.stdin:
    if line.startswith('Trace'):
        pc = int(line.split('/')[1], 16)
        if pc == start: counting = True
        elif pc == stop: counting = False
        if counting:
            counts[names.get(pc, '?')] += sizes.get(pc, 0)
            h.update(pc.to_bytes(4, 'little'))
            if dump: dump.write('%x %s\n' % (pc, names.get(pc, '?')))
            if pc == muldi: calls += 1
            if periph:
                name = names.get(pc, '?')
                if name == periph[0]: busy = 0          # a product started: what follows runs beside it
                elif name == periph[1]:
                    if busy is not None: shadows.append(busy)
                    busy = None
                elif busy is not None:
                    busy += 2 if pc == muldi else 0 if name in rt or name in rt_div else sizes.get(pc, 0)
    elif line.startswith('IN:'):
        block, sym = None, line[3:].strip()
    elif line.startswith('0x'):
        m = insn.match(line)
        if m:
            if block is None:
                block = int(m.group(1), 16); sizes[block], names[block] = 0, sym
            sizes[block] += 1
raw = sum(counts.values())
est = raw - sum(counts[n] for n in rt) - sum(counts[n] for n in rt_div) + 2 * calls
if periph:
    est -= counts[periph[0]]
    print('shadow: %d products, %d instructions beside them' % (len(shadows), sum(shadows)))
    for limit in periph[2:]:
        print('shadow beyond %s per product: %d' % (limit, sum(max(0, b - int(limit)) for b in shadows)))
if '--functions' in sys.argv:
    for n, c in counts.most_common(12): print('  %10d %s' % (c, n))
print('raw %d  muldi3_calls %d  xtensa_est %d  trace %s' % (raw, calls, est, h.hexdigest()[:16]))
