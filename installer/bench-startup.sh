#!/usr/bin/env bash
# Start-up bench: time from launch to the first painted window, measured by installer/check-window.sh,
# for the plain jar, the app image and a minimal JavaFX window (the floor on this JDK, JavaFX and machine).
# Runs the targets in turn, RUNS times each, and prints median and minimum wall time, median CPU time and
# the load average seen, because on a busy machine wall time says more about the neighbours than about us.
#
#   installer/bench-startup.sh                 # all targets that are built, 5 runs each
#   RUNS=9 installer/bench-startup.sh jar baseline
#   BEFORE_JAR=/tmp/old/target/labforge.jar installer/bench-startup.sh before jar   # against another build
#
# Needs: a built jar (mvn package), for "image" the app image (mvn -Pinstaller package), xvfb-run when
# there is no DISPLAY, x11-utils and imagemagick. Prints figures; never fails on them (docs/startup.md).
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

runs="${RUNS:-5}"
image=target/installer/labforge/bin/labforge
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(baseline jar)
  [ -x "$image" ] && targets+=(image)
fi

baseline_classes=target/bench-baseline
command_of() {
  case "$1" in
    jar) echo "java -jar target/labforge.jar" ;;
    image) echo "$image" ;;
    baseline) echo "java -cp $baseline_classes:target/lib/* MinimalWindow" ;;
    before) echo "java -jar ${BEFORE_JAR:?set BEFORE_JAR to the jar to compare with}" ;;
    *) echo "unknown target '$1' (jar, image, baseline, before)" >&2; exit 2 ;;
  esac
}
title_of() { [ "$1" = baseline ] && echo "Minimal" || echo "Labforge"; }

[ -f target/labforge.jar ] || { echo "no target/labforge.jar: run mvn package first" >&2; exit 2; }
if [[ " ${targets[*]} " == *" baseline "* ]]; then
  mkdir -p "$baseline_classes"
  javac -cp "target/lib/*" -d "$baseline_classes" installer/bench/MinimalWindow.java || exit 2
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "start-up bench: ${runs} runs per target on $(nproc) cores, $(java -version 2>&1 | head -1)"
for ((i = 1; i <= runs; i++)); do
  for t in "${targets[@]}"; do
    # shellcheck disable=SC2046
    line="$(TITLE="$(title_of "$t")" TIMEOUT=120 installer/check-window.sh $(command_of "$t") 2>&1 | tail -1)"
    echo "  run $i $t: ${line#window * }"
    # "... first painted frame after 1.23s (CPU 2.34s; load average 0.50)"
    echo "$line" | sed -n 's/.*first painted frame after \([0-9.]*\)s (CPU \([0-9.?]*\)s; load average \([0-9.]*\)).*/\1 \2 \3/p' >> "$out/$t"
  done
done

echo
printf '%-9s %8s %8s %10s %14s\n' target median min "CPU median" "load average"
for t in "${targets[@]}"; do
  if [ ! -s "$out/$t" ]; then
    printf '%-9s no window painted\n' "$t"
    continue
  fi
  median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  wall_median="$(cut -d' ' -f1 "$out/$t" | median)"
  wall_min="$(cut -d' ' -f1 "$out/$t" | sort -n | head -1)"
  cpu_median="$(cut -d' ' -f2 "$out/$t" | grep -v '?' | median)"
  load_range="$(cut -d' ' -f3 "$out/$t" | sort -n | sed -n '1p;$p' | paste -sd- -)"
  printf '%-9s %7.2fs %7.2fs %9ss %14s\n' "$t" "$wall_median" "$wall_min" "$cpu_median" "$load_range"
done
