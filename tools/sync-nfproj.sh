#!/usr/bin/env bash
# Rewrites the <Compile> list of each nanoFramework project from the .cs files on disk, between the
# "<!-- sources:begin -->" and "<!-- sources:end -->" markers. nanoFramework projects (.nfproj) must list their
# sources; this keeps them equal to what the host build compiles. The test NfprojListsEverySource fails when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
sync() { # $1 = nfproj, $2 = source folder relative to the nfproj's folder
  local proj=$1 rel=$2 dir list
  dir=$(dirname "$proj")
  list=$(cd "$dir" && find "$rel" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | LC_ALL=C sort \
         | sed -e 's#^\./##' -e 's#/#\\#g' -e 's#.*#    <Compile Include="&" />#')
  awk -v list="$list" '
    /<!-- sources:begin -->/ { print; print list; skip = 1; next }
    /<!-- sources:end -->/ { skip = 0 }
    !skip { print }' "$proj" > "$proj.tmp" && mv "$proj.tmp" "$proj"
}
for a in MikeyNano.Core MikeyNano.Ecc MikeyNano.Sakke MikeyNano.Srtp MikeyNano.Mikey MikeyNano; do
  sync src/$a/$a.nfproj .
done
sync tests/NFUnitTest/NFUnitTest.nfproj ../MikeyNano.Tests
echo "nfproj source lists updated"
