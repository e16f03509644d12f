#!/usr/bin/env python3
"""CTest: test_sha256's digests of random messages (`PROGRAM oracle COUNT`) against Python's hashlib, an independent
SHA-256. Fails on any differing digest, and when the program prints fewer lines than asked or fails itself."""
import hashlib
import sys

from oracle_lines import check_lines


def failure(line):
    msg, digest = line.split(" ")
    want = hashlib.sha256(bytes.fromhex(msg)).hexdigest()
    return None if digest == want else f"message of {len(msg) // 2} octets: want {want}, got {digest}"


count = int(sys.argv[2])
check_lines("sha256_hashlib", sys.argv[1], count, failure)
print(f"sha256_hashlib: {count} random messages agree with hashlib")
