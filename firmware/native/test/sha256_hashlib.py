#!/usr/bin/env python3
"""CTest: test_sha256's digests of random messages (`PROGRAM oracle COUNT`) against Python's hashlib, an independent
SHA-256. Fails on any differing digest, and when the program prints fewer lines than asked or fails itself."""
import hashlib
import subprocess
import sys

program, count = sys.argv[1], int(sys.argv[2])
run = subprocess.run([program, "oracle", str(count)], capture_output=True, text=True)
lines = run.stdout.splitlines()
bad = 0
for line in lines:
    msg, digest = line.split(" ")
    want = hashlib.sha256(bytes.fromhex(msg)).hexdigest()
    if digest != want:
        bad += 1
        if bad <= 5:
            print(f"FAIL message of {len(msg) // 2} octets: want {want}, got {digest}")
if run.returncode != 0 or len(lines) != count or bad:
    print(f"sha256_hashlib: exit {run.returncode}, {len(lines)} of {count} lines, {bad} differing digest(s)")
    sys.exit(1)
print(f"sha256_hashlib: {count} random messages agree with hashlib")
