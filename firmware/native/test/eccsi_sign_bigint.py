#!/usr/bin/env python3
"""CTest: mn_eccsi_sign_s on random inputs (`PROGRAM oracle COUNT`, test_eccsi_sign) against Python's integers:
s' = (HE + r SSK)^-1 j mod q (RFC 6507 5.2.1 step 4), each input reduced mod q first, the inverse by pow(x, -1, q);
MN_ECCSI_ERETRY (-17) with s' zero when r = 0 or HE + r SSK = 0 mod q. Fails on any differing line, and when the
program prints fewer lines than asked or fails itself."""
import sys

from oracle_lines import check_lines

Q = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # P-256's n (FIPS 186-4 D.1.2.3)
MN_OK, MN_ECCSI_ERETRY = 0, -17


def expected(j, he, r, ssk):
    """(status, s') for the inputs as integers."""
    d = (he + r * ssk) % Q
    if r % Q == 0 or d == 0:
        return MN_ECCSI_ERETRY, 0
    return MN_OK, pow(d, -1, Q) * j % Q


def failure(line):
    j, he, r, ssk, status, s = line.split(" ")
    want_status, want = expected(*(int(x, 16) for x in (j, he, r, ssk)))
    if int(status) == want_status and int(s, 16) == want:
        return None
    return f"{line}: want status {want_status}, s' {want:064X}"


count = int(sys.argv[2])
lines = check_lines("eccsi_sign_bigint", sys.argv[1], count, failure)
inputs = [[int(x, 16) for x in line.split(" ")[:4]] for line in lines]
above = sum(1 for v in inputs if max(v) >= Q)
retries = sum(1 for v in inputs if expected(*v)[0] == MN_ECCSI_ERETRY)
if above < count // 10 or retries < count // 50:
    print(f"eccsi_sign_bigint: too few edge inputs ({above} with an input >= q, {retries} retries)")
    sys.exit(1)
print(f"eccsi_sign_bigint: {count} random inputs agree with Python's integers ({above} with an input >= q, "
      f"{retries} retries)")
