"""What the Python agreement tests (CTest) share: run `PROGRAM oracle COUNT`, judge each line it prints with the test's
own function, and exit 1 on any differing line, or when the program prints fewer lines than asked or fails itself."""
import subprocess
import sys


def check_lines(name, program, count, failure):
    """failure(line) is None when the line agrees, else what differs (printed for the first five). Returns the lines."""
    run = subprocess.run([program, "oracle", str(count)], capture_output=True, text=True)
    lines = run.stdout.splitlines()
    bad = 0
    for line in lines:
        what = failure(line)
        if what is not None:
            bad += 1
            if bad <= 5:
                print(f"FAIL {what}")
    if run.returncode != 0 or len(lines) != count or bad:
        print(f"{name}: exit {run.returncode}, {len(lines)} of {count} lines, {bad} differing")
        sys.exit(1)
    return lines
