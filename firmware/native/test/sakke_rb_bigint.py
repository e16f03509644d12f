#!/usr/bin/env python3
"""CTest: the sender's r b mod q (mn_sakke_scalar_mul_q and mn_sakke_comb_mul_rb, RFC 6508 6.2.1 step 3) against
Python's integers. `PROGRAM COUNT COMBS` (test_sakke_rb):
  1. the constants of src/mn_sakke_scalar.c: -q^-1 mod 2^32 and R^2 mod q = 2^2048 mod q, recomputed here;
  2. `PROGRAM oracle COUNT`: each line's k must be r * b % q (edge values r = 1, q - 1, b = 0, 1, q - 1 and 32-octet
     b among them);
  3. `PROGRAM combs` on COMBS random (r, b) with k = r * b % q computed here: the whole call must give MN_OK and the
     point of mn_sakke_comb_mul2 with k1 = k.
Fails on any differing line, and when the program prints fewer lines than asked or fails itself."""
import os
import random
import re
import subprocess
import sys

from oracle_lines import check_lines

P = int("997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2EF40AAB27E2FC0F1B228730D531A59CB0E791B39F"
        "F7C88A19356D27F4A666A6D0E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA9F94D6AF56971F1F"
        "FCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB", 16)  # RFC 6508 Appendix A
Q = (P + 1) // 4

src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "mn_sakke_scalar.c")).read()
neg_inv = int(re.search(r"#define Q_NEG_INV 0x([0-9A-F]+)U", src).group(1), 16)
table = re.search(r"r2_mod_q\[N\] = \{(.*?)\};", src, re.S).group(1)
r2 = sum(int(x, 16) << (32 * i) for i, x in enumerate(re.findall(r"0x([0-9A-F]+)U", table)))
if Q.bit_length() != 1022 or neg_inv != (-pow(Q, -1, 1 << 32)) % (1 << 32) or r2 != pow(2, 2048, Q):
    print("sakke_rb_bigint: the constants of mn_sakke_scalar.c are not -q^-1 mod 2^32 and 2^2048 mod q")
    sys.exit(1)

program, count, combs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def failure(line):
    r, b, k = (int(x, 16) for x in line.split(" "))
    if r < Q and b < Q and k == r * b % Q:
        return None
    return f"{line}: want {r * b % Q:0256X}"


lines = check_lines("sakke_rb_bigint", program, count, failure)
inputs = [[int(x, 16) for x in line.split(" ")[:2]] for line in lines]
edges = {"r = 1": sum(r == 1 for r, _ in inputs), "r = q - 1": sum(r == Q - 1 for r, _ in inputs),
         "b = 0": sum(b == 0 for _, b in inputs), "b = 1": sum(b == 1 for _, b in inputs),
         "b = q - 1": sum(b == Q - 1 for _, b in inputs),
         "b of 32 octets": sum(1 < b < 1 << 256 and b.bit_length() > 248 for _, b in inputs)}
if min(edges.values()) < count // 100:
    print(f"sakke_rb_bigint: too few edge inputs {edges}")
    sys.exit(1)

rng = random.Random(6508)
pairs = []
for i in range(combs):
    r = rng.randrange(1, Q)
    b = rng.randrange(1 << 248, 1 << 256) if i % 2 else rng.randrange(0, Q)   # a 3GPP UID's 32 octets, or any b
    pairs.append((r, b))
text = "".join(f"{r:0256X} {b:0256X} {r * b % Q:0256X}\n" for r, b in pairs)
run = subprocess.run([program, "combs"], input=text, capture_output=True, text=True)
results = run.stdout.splitlines()
bad = [f"r {r:X} b {b:X}: {res}" for (r, b), res in zip(pairs, results) if res != "0 1"]
if run.returncode != 0 or len(results) != combs or bad:
    print(f"sakke_rb_bigint combs: exit {run.returncode}, {len(results)} of {combs} lines, {len(bad)} differing")
    for what in bad[:5]:
        print(f"FAIL {what}")
    sys.exit(1)
print(f"sakke_rb_bigint: {count} products agree with Python's integers ({edges}); {combs} whole calls agree with "
      f"mn_sakke_comb_mul2 on Python's r b mod q")
