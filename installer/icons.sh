#!/usr/bin/env bash
# Renders the app icon (assets/icons/labforge.svg) into every size and format the installers and the
# window use. Needs Debian's librsvg2-bin, imagemagick and icnsutils. The outputs are committed;
# run this again after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."

svg=assets/icons/labforge.svg
out=assets/icons
res=src/main/resources/io/labforge/app
mkdir -p "$res"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/labforge-$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "$out/labforge-$size.png" "$res/labforge-$size.png"
done
cp "$out/labforge-256.png" installer/linux/labforge.png
convert "$out"/labforge-{16,24,32,48,64,128,256}.png installer/windows/labforge.ico
png2icns installer/macos/labforge.icns "$out"/labforge-{16,32,48,128,256,512}.png >/dev/null
echo "icons written"
