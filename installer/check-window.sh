#!/usr/bin/env bash
# Starts Labforge under the current X display, waits for its window, and prints how long the window
# took to appear (mapped) and to show its first painted frame; then stops it and exits non-zero if no
# window came within the time limit. Needs x11-utils (xwininfo) and imagemagick (import).
# installer/bench-startup.sh repeats it and prints median and minimum (docs/startup.md).
#
#   xvfb-run -a -s "-screen 0 1280x800x24" installer/check-window.sh target/installer/labforge/bin/labforge
#   xvfb-run -a -s "-screen 0 1280x800x24" installer/check-window.sh java -jar target/labforge.jar
#
# Options through the environment: TITLE (default "Labforge", a word of the window title),
# TIMEOUT (seconds, default 60), SHOT (a PNG path: save a screenshot of the screen there).
set -uo pipefail

title="${TITLE:-Labforge}"
timeout="${TIMEOUT:-60}"
log="$(mktemp)"

now() { date +%s%N; }
# CPU seconds the process (and the children it waited for) has used so far: unlike wall time, it hardly
# depends on what else runs.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15 + $16 + $17) / hz }' "/proc/$pid/stat" 2>/dev/null; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

start="$(now)"
"$@" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT

win=""
deadline=$(( $(date +%s) + timeout ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: the application exited before showing a window; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  win="$(xwininfo -root -tree 2>/dev/null | grep -m1 -E "^ *0x[0-9a-f]+ \"[^\"]*$title" | awk '{print $1}')"
  [ -n "$win" ] && break
  sleep 0.05
done
if [ -z "$win" ]; then
  echo "FAIL: no window with '$title' in its title within ${timeout}s; application output:" >&2
  cat "$log" >&2
  exit 1
fi
mapped="$(since "$start")"

# First painted frame: before JavaFX draws, the new window is one flat colour. One `import` that counts
# the colours itself costs about a third of the CPU of `import | identify`: the probe takes less from the
# application it is timing on a small machine.
painted=""
while [ "$(date +%s)" -lt "$deadline" ]; do
  colours="$(import -silent -window "$win" -format '%k' info:- 2>/dev/null || echo 0)"
  if [ "${colours:-0}" -gt 1 ]; then
    painted="$(since "$start")"
    cpu_used="$(cpu)"
    break
  fi
  sleep 0.05
done

name="$(xwininfo -id "$win" | sed -n 's/^xwininfo: Window id: [^ ]* //p')"
echo "window $win $name: mapped after ${mapped}s, first painted frame after ${painted:-?}s" \
  "(CPU ${cpu_used:-?}s; load average $(cut -d' ' -f1 /proc/loadavg))"
if [ -n "${SHOT:-}" ]; then
  sleep 1
  import -silent -window root "$SHOT" && echo "screenshot: $SHOT"
fi
[ -n "$painted" ]
