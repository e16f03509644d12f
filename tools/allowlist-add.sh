#!/usr/bin/env bash
# Adds the allowlist lines given on standard input (as DeviceLibraryPassesGate prints them) to the subset gate's
# allowlist, keeping its comment header and the LC_ALL=C sort order the gate test checks. Usage:
#   tools/allowlist-add.sh <<'END'
#   System.Int64::ToString() : string | nanoFramework.CoreLibrary
#   END
set -euo pipefail
f="$(dirname "$0")/../tests/MikeyNano.HostTests/Gate/device-api-allowlist.txt"
tmp=$(mktemp)
grep '^#' "$f" > "$tmp"
{ grep -v '^#' "$f" | grep -v '^[[:space:]]*$' || true; sed -e 's/^[[:space:]]*//' -e '/^$/d'; } | LC_ALL=C sort -u >> "$tmp"
mv "$tmp" "$f"
