#!/usr/bin/env bash
# Regenerates every application icon file from the two SVG sources beside this script.
#
#   byok-wizard-small.svg  drawn on a 16 px grid; used for the 16 px image only
#   byok-wizard.svg        used for 24 px and up (the key's straight edges sit on the 24 px grid)
#
# Debian packages used:
#   librsvg2-bin  rsvg-convert   SVG -> PNG
#   icoutils      icotool        PNGs -> byok-wizard.ico
#   icnsutils     png2icns       PNGs -> byok-wizard.icns (16-128 px; 256 px and up are added as PNG)
# Fallbacks: imagemagick renders the SVGs and writes the ICO when rsvg-convert or icotool is missing;
# without png2icns the ICNS file is assembled by this script from PNG entries only.
# Run as root, the script installs whichever of the three packages is missing.
#
# Usage: icons/generate.sh [OUT_DIR]     (OUT_DIR defaults to the icons/ folder itself)
set -euo pipefail

src=$(cd "$(dirname "$0")" && pwd)
out=${1:-$src}
mkdir -p "$out/png"
out=$(cd "$out" && pwd)

# --- tools ----------------------------------------------------------------------------------------
missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v icotool >/dev/null || missing+=(icoutils)
command -v png2icns >/dev/null || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ ${#missing[@]} -gt 0 ]; then
  echo "note: missing packages: ${missing[*]} (apt-get install ${missing[*]}); trying fallbacks" >&2
fi

im=
if command -v magick >/dev/null; then im=magick; elif command -v convert >/dev/null; then im=convert; fi
need_im() {
  if [ -z "$im" ]; then
    echo "error: need $1 (apt-get install $2) or ImageMagick (apt-get install imagemagick)" >&2
    exit 1
  fi
}

# --- PNGs -----------------------------------------------------------------------------------------
# render SVG SIZE OUT_PNG
render() {
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$2" -h "$2" -o "$3" "$1"
  else
    need_im rsvg-convert librsvg2-bin
    # ImageMagick's own SVG renderer anti-aliases small sizes poorly: draw at 8 times SIZE, then
    # average each 8x8 block. The SVGs declare their width (16 or 256) at 96 dpi.
    local w density
    w=$(sed -n 's/.*<svg[^>]* width="\([0-9]*\)".*/\1/p' "$1" | head -1)
    density=$(awk -v s="$2" -v w="$w" 'BEGIN { printf "%g", 96 * 8 * s / w }')
    "$im" -background none -density "$density" "$1" -filter box -resize "${2}x${2}!" -strip "PNG32:$3"
  fi
}

sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  if [ "$s" -eq 16 ]; then svg=$src/byok-wizard-small.svg; else svg=$src/byok-wizard.svg; fi
  render "$svg" "$s" "$out/png/byok-wizard-$s.png"
done
p() { echo "$out/png/byok-wizard-$1.png"; }

# Linux (jpackage --icon takes one PNG)
cp "$(p 512)" "$out/byok-wizard.png"

# --- Windows ICO: 16, 24, 32, 48, 64 as 32-bit BMP entries, 256 as a PNG entry -------------------
if command -v icotool >/dev/null; then
  icotool -c -o "$out/byok-wizard.ico" "$(p 16)" "$(p 24)" "$(p 32)" "$(p 48)" "$(p 64)" -r "$(p 256)"
else
  need_im icotool icoutils
  "$im" "$(p 16)" "$(p 24)" "$(p 32)" "$(p 48)" "$(p 64)" "$(p 256)" "$out/byok-wizard.ico"
fi

# --- macOS ICNS: 16, 32, 48, 128, 256, 512, 1024 and the @2x entries ------------------------------
be32() { # 32-bit big-endian integer as raw bytes
  printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}
icns_add() { # icns_add FILE TYPE PNG: append a PNG entry and update the header's total length
  local len total
  len=$(( $(wc -c < "$3") + 8 ))
  { printf '%s' "$2"; be32 "$len"; cat "$3"; } >> "$1"
  total=$(wc -c < "$1")
  be32 "$total" | dd of="$1" bs=1 seek=4 count=4 conv=notrunc status=none
}
icns=$out/byok-wizard.icns
rm -f "$icns"
if command -v png2icns >/dev/null; then
  # 16/32/48/128 as the classic RGB+mask types, which every macOS version reads.
  # (png2icns would store 256 and up as JPEG 2000; those go in below as PNG instead.)
  png2icns "$icns" "$(p 16)" "$(p 32)" "$(p 48)" "$(p 128)" >/dev/null
else
  { printf 'icns'; be32 8; } > "$icns"
  icns_add "$icns" icp4 "$(p 16)"
  icns_add "$icns" icp5 "$(p 32)"
  icns_add "$icns" ic07 "$(p 128)"
fi
icns_add "$icns" ic08 "$(p 256)"   # 256
icns_add "$icns" ic09 "$(p 512)"   # 512
icns_add "$icns" ic10 "$(p 1024)"  # 512@2x
icns_add "$icns" ic11 "$(p 32)"    # 16@2x
icns_add "$icns" ic12 "$(p 64)"    # 32@2x
icns_add "$icns" ic13 "$(p 256)"   # 128@2x
icns_add "$icns" ic14 "$(p 512)"   # 256@2x

echo "wrote $out/byok-wizard.png, byok-wizard.ico, byok-wizard.icns and png/byok-wizard-{$(IFS=,; echo "${sizes[*]}")}.png"
