#!/usr/bin/env bash
# Rewrites the <Compile> list of each nanoFramework project from the .cs files on disk, between the
# "<!-- sources:begin -->" and "<!-- sources:end -->" markers. nanoFramework projects (.nfproj) must list their
# sources; this keeps them equal to what the host build compiles. The test NfprojListsEverySource fails when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
# The device tests run in two tiers (docs/device.md): these test files run SAKKE pairings, decapsulations or the
# power-on self-test (a minute or more each in nanoCLR) and form the slow tier, tests/NFUnitTest.Slow; every other
# test file is the quick tier, tests/NFUnitTest, which a board can run in minutes. Files without [TestClass] (vectors,
# Support/) go to both. The board-profile tests (Boards/) are quick but run in the slow tier: the quick tier's string
# table is 58,901 of the 65,535 octets the metadata processor allows in one assembly (measured at cb2251b), and they
# would add about 7 KB of profile text and messages. The MIKEY-PSK/NULL endpoint tests (Modes/) and the provisioning,
# key-store and radio tests (Radio/) run there too for the same reason: with them the quick tier's string table
# overflowed ("String table overflow in assembly NFUnitTest", measured on the merged tree of this session).
SLOW_TESTS="Mikey/SakkeCallRoundTripTests.cs Mikey/SakkeResponderBindingTests.cs Mikey/SakkeResponderIdentityTests.cs
Mikey/SakkeResponderVectorTests.cs Boards/BoardProfileLoaderTests.cs Boards/BoardProfileRefusalTests.cs
Mikey/UserKeyPeriodTests.cs Radio/RadioCallTests.cs Sakke/SakkeRfc6508Tests.cs Sakke/SakkeRoundTripTests.cs Sakke/StreamwideSakkeTests.cs Srtp/SrtpSelfTestTests.cs
Modes/EcmqvCallTests.cs Modes/EcmqvRefusalTests.cs Modes/NullEndpointTests.cs Modes/PskEndpointTests.cs Modes/PskRefusalTests.cs Radio/KeyStoreTests.cs
Radio/ProvisioningFrameTests.cs Radio/ProvisioningProtocolTests.cs Radio/RadioBootTests.cs"

tier_filter() { # stdin: paths relative to tests/MikeyNano.Tests (as ../MikeyNano.Tests/X); $1 = quick|slow|all
  local f rel
  while read -r f; do
    rel=${f#../MikeyNano.Tests/}
    # Folders whose tests are all in the slow tier keep their support files (fixtures, fakes) out of the quick tier.
    case "$rel" in Boards/*|Modes/*|Radio/*) [ "$1" = quick ] && continue;; esac
    if [ "$1" = all ] || ! grep -q '\[TestClass\]' "tests/MikeyNano.Tests/$rel"; then echo "$f"; continue; fi
    case " $(echo $SLOW_TESTS) " in *" $rel "*) [ "$1" = slow ] && echo "$f";; *) [ "$1" = quick ] && echo "$f";; esac
  done
}

sync() { # $1 = nfproj, $2 = source folder relative to the nfproj's folder, $3 = tier (quick|slow; default all)
  local proj=$1 rel=$2 tier=${3:-all} dir list
  dir=$(dirname "$proj")
  list=$(cd "$dir" && find "$rel" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | LC_ALL=C sort \
         | { cd "$OLDPWD"; tier_filter "$tier"; } \
         | sed -e 's#^\./##' -e 's#/#\\#g' -e 's#.*#    <Compile Include="&" />#')
  awk -v list="$list" '
    /<!-- sources:begin -->/ { print; print list; skip = 1; next }
    /<!-- sources:end -->/ { skip = 0 }
    !skip { print }' "$proj" > "$proj.tmp" && mv "$proj.tmp" "$proj"
}
for a in MikeyNano.Native MikeyNano.Core MikeyNano.Ecc MikeyNano.Sakke MikeyNano.Srtp MikeyNano.Mikey MikeyNano MikeyNano.Radio; do
  sync src/$a/$a.nfproj .
done
sync tests/NFUnitTest/NFUnitTest.nfproj ../MikeyNano.Tests quick
sync tests/NFUnitTest.Slow/NFUnitTest.nfproj ../MikeyNano.Tests slow
echo "nfproj source lists updated"
