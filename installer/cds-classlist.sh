#!/usr/bin/env bash
# Regenerates installer/cds/labforge.classlist: starts the built jar under Xvfb with -XX:DumpLoadedClassList,
# waits until the designer is on the screen, and keeps the class names (docs/startup.md).
#
#   mvn -B -o -q package -DskipTests && installer/cds-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
raw="$(mktemp)"; out="$(mktemp)"
java -XX:DumpLoadedClassList="$raw" -Dlabforge.startupTrace=true -jar target/labforge.jar >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$raw" "$out"' EXIT
for _ in $(seq 1 600); do
  grep -q "designer painted" "$out" && break
  kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
  sleep 0.2
done
grep -q "designer painted" "$out" || { echo "the designer did not show within 120 s" >&2; exit 1; }
{
  echo "# Classes Labforge loads from launch until the designer is on the screen: the input of the app image's"
  echo "# CDS archive (installer/cds-archive.sh). Regenerate with installer/cds-classlist.sh; a stale list only"
  echo "# makes start-up a little slower (classes not listed are loaded from the jars as usual)."
  grep -v '^[@#]' "$raw"
} > installer/cds/labforge.classlist
echo "installer/cds/labforge.classlist: $(grep -vc '^#' installer/cds/labforge.classlist) classes"
