#!/bin/sh
# Writes the CDS archive of a Labforge app image: the classes of installer/cds/labforge.classlist, parsed,
# verified and laid out once, so that each start maps them instead of loading them from the jars
# (docs/startup.md). The image's java options name the archive (-XX:SharedArchiveFile=$APPDIR/labforge.jsa,
# -Xshare:auto): without it, or when it no longer matches the jars, Labforge starts as before, only slower.
#
#   installer/cds-archive.sh target/installer/labforge      # the build, after jpackage
#   /opt/labforge/lib/app/cds-archive.sh /opt/labforge      # the .deb's postinst, where it is installed
#
# The archive records the jars' absolute paths, so it is made where the image will run. A missing image
# is not an error (the build runs this on every Linux package).
set -eu

image="${1:?usage: cds-archive.sh APP_IMAGE_DIR}"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
list="$app/labforge.classlist"
[ -f "$app/labforge.cfg" ] && [ -x "$java" ] || { echo "cds-archive: no app image in $image; nothing to do"; exit 0; }
[ -f "$list" ] || { echo "cds-archive: no $list; nothing to do"; exit 0; }

app_abs="$(cd "$app" && pwd -P)"
# The class path exactly as the launcher builds it from labforge.cfg: its entries in order, $APPDIR expanded.
cp="$(sed -n 's/^app\.classpath=//p' "$app/labforge.cfg" | sed "s|\\\$APPDIR|$app_abs|" | paste -sd: -)"
log="$(mktemp)"
if "$java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$list" \
        -XX:SharedArchiveFile="$app_abs/labforge.jsa" -cp "$cp" >"$log" 2>&1; then
  echo "cds-archive: $app_abs/labforge.jsa ($(du -h "$app_abs/labforge.jsa" | cut -f1))"
  rm -f "$log"
else
  echo "cds-archive: dump failed (Labforge still starts, without the archive); output:" >&2
  tail -20 "$log" >&2
  rm -f "$log" "$app_abs/labforge.jsa"
fi
