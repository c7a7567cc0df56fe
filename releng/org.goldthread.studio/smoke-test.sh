#!/usr/bin/env bash
# Smoke test of Goldthread Studio, run by the build (integration-test phase of this module):
# unpack the product archive, add the driver bundle (tests/org.goldthread.studio.smoketest) to that
# copy only, start it with its own launcher script on a fresh workspace under an X display, and
# judge the run by the driver's result.properties and the exit code of a clean shutdown.
#
#   smoke-test.sh ARCHIVE DRIVER_TARGET_DIR OUTPUT_DIR
set -uo pipefail
archive=$1 driver_dir=$2 out=$3

say() { echo "[studio smoke test] $*"; }

rm -rf "$out" && mkdir -p "$out/unpacked"
if [ ! -f "$archive" ]; then
  say "FAILED: the product archive $archive was not built"; exit 1
fi

# A display of its own whenever Xvfb is there: the build runs modules in parallel (-T1C), and the
# IDE's workbench tests may be using the shared display at the same time (focus, dialogs). Only a
# machine without Xvfb uses the DISPLAY it was given.
xvfb_pid=""
if command -v Xvfb > /dev/null; then
  n=91
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
  xvfb_pid=$!
  i=0
  while [ ! -e "/tmp/.X11-unix/X$n" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$xvfb_pid" 2> /dev/null; then
      say "FAILED: could not start Xvfb on :$n ($(tail -n 1 "$out/xvfb.log" 2> /dev/null))"
      echo "status=no-display" > "$out/result.properties"
      exit 1
    fi
    sleep 0.1
  done
  export DISPLAY=":$n"
elif [ -z "${DISPLAY:-}" ]; then
  say "FAILED: no X display and no Xvfb to start one. Run ./verify (it installs Xvfb and starts it), or install xvfb (apt-get install xvfb)."
  echo "status=no-display" > "$out/result.properties"
  exit 1
fi
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2> /dev/null' EXIT

tar -xzf "$archive" -C "$out/unpacked" || { say "FAILED: cannot unpack $archive"; exit 1; }
product="$out/unpacked/goldthread-studio"
[ -x "$product/goldthread-studio" ] || { say "FAILED: the archive has no executable goldthread-studio launcher"; exit 1; }

driver=$(ls "$driver_dir"/org.goldthread.studio.smoketest-*.jar 2> /dev/null | grep -v sources | head -n 1)
[ -n "$driver" ] || { say "FAILED: the driver bundle is not built in $driver_dir"; exit 1; }
driver=$(cd "$(dirname "$driver")" && pwd)/$(basename "$driver")
java="${JAVA_HOME:?JAVA_HOME is set by ./mvnw}/bin/java"
mkdir -p "$out/driver" && (cd "$out/driver" && "$JAVA_HOME/bin/jar" xf "$driver" META-INF/MANIFEST.MF)
version=$(sed -n 's/^Bundle-Version: *//p' "$out/driver/META-INF/MANIFEST.MF" 2> /dev/null | tr -d '\r')
[ -n "$version" ] || { say "FAILED: cannot read the Bundle-Version of $driver"; exit 1; }
cp "$driver" "$product/plugins/org.goldthread.studio.smoketest_$version.jar"
echo "org.goldthread.studio.smoketest,$version,plugins/org.goldthread.studio.smoketest_$version.jar,4,false" \
  >> "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

say "starting $product/goldthread-studio on a fresh workspace (DISPLAY=$DISPLAY)"
start=$(date +%s%N)
GOLDTHREAD_JAVA="$java" GOLDTHREAD_STUDIO_VM_OPTIONS="-Dgoldthread.smoketest.out=$out" \
  timeout 300 "$product/goldthread-studio" -data "$out/workspace" -consoleLog > "$out/studio.log" 2>&1
code=$?
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))

status=$(sed -n 's/^status=//p' "$out/result.properties" 2> /dev/null)
ready=$(sed -n 's/^workbench.readyMillis=//p' "$out/result.properties" 2> /dev/null)
size=$(du -k "$archive" | cut -f1)
{
  echo "archive=$(basename "$archive")"
  echo "archive.kib=$size"
  echo "exit.code=$code"
  echo "wall.millis=$wall_ms"
} >> "$out/result.properties"
say "archive $(basename "$archive"): $((size / 1024)) MiB; workbench usable ${ready:-?} ms after JVM start; whole run ${wall_ms} ms; exit code $code"
if [ "$status" != "passed" ] || [ "$code" -ne 0 ]; then
  say "FAILED (status=${status:-none}, exit code $code). Result and log:"
  cat "$out/result.properties" 2> /dev/null
  tail -n 80 "$out/studio.log"
  exit 1
fi
differed=$(sed -n 's/^markers.afterImportDiffered=//p' "$out/result.properties")
[ -z "$differed" ] || say "NOTE: the markers right after the import differed from a clean build's (the clean build's were judged); after the import: $differed"
say "passed: $(grep -E '^markers\.([a-z]+\.(errors|warnings|infos)|millisAfterImport)=' "$out/result.properties" | tr '\n' ' ')"
say "screenshots: $out/*.png"
