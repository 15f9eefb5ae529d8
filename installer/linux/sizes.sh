#!/usr/bin/env bash
# What each part of the installers costs: installer/linux/sizes.sh [target/installer]
# Prints the sizes of the .deb, the app-image and the jlinked runtime, then the runtime by module and the
# application jars by Maven group. "in .deb" is each part compressed on its own with xz -6, as dpkg-deb
# compresses the package: an estimate of what the part adds to the .deb. MB = 1,000,000 bytes.
set -euo pipefail
OUT=${1:-target/installer}
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
IMAGE="$OUT/byok-wizard"
RUNTIME="$IMAGE/lib/runtime"
APP="$IMAGE/lib/app"
DEB=$(ls "$OUT"/*.deb 2>/dev/null | head -1 || true)
SBOM=$(ls "$OUT"/*-sbom.json 2>/dev/null | head -1 || true)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mb() { awk -v b="$1" 'BEGIN { printf "%6.1f", b / 1000000 }'; }
bytes() { if [ $# -eq 0 ]; then echo 0; else cat "$@" | wc -c; fi; }
xzsize() { if [ $# -eq 0 ]; then echo 0; else cat "$@" | xz -6 -T1 | wc -c; fi; }
row() { printf "  %-44s %s MB  %s MB\n" "$1" "$(mb "$2")" "$(mb "$3")"; }

echo "== Sizes (MB = 10^6 bytes) =="
if [ -n "$DEB" ]; then
  printf "  %-44s %s MB  (Installed-Size %s MB)\n" "$(basename "$DEB")" "$(mb "$(stat -c %s "$DEB")")" \
    "$(mb "$(( $(dpkg-deb -f "$DEB" Installed-Size) * 1024 ))")"
fi
printf "  %-44s %s MB\n" "app-image (byok-wizard/)" "$(mb "$(du -sb "$IMAGE" | cut -f1)")"
printf "  %-44s %s MB\n" "  jlinked runtime (lib/runtime)" "$(mb "$(du -sb "$RUNTIME" | cut -f1)")"
printf "  %-44s %s MB\n" "  application jars (lib/app)" "$(mb "$(du -sb "$APP" | cut -f1)")"
printf "  %-44s %s MB\n" "  launcher, icon, .cfg" \
  "$(mb "$(( $(du -sb "$IMAGE" | cut -f1) - $(du -sb "$RUNTIME" | cut -f1) - $(du -sb "$APP" | cut -f1) ))")"

echo
echo "== Runtime by module ==                           on disk    in .deb"
"$JAVA_HOME/bin/jimage" extract --dir "$WORK/modules" "$RUNTIME/lib/modules"
# which module brought each native library (JavaFX's come from javafx.graphics)
declare -A OWNER
for so in "$RUNTIME"/lib/*.so; do
  name=$(basename "$so")
  case "$name" in libglass*|libprism*|libdecora*|libjavafx*) OWNER[$name]=javafx.graphics ;; esac
done
if [ -d "$JAVA_HOME/jmods" ]; then
  for module in $(ls "$WORK/modules"); do
    [ -f "$JAVA_HOME/jmods/$module.jmod" ] || continue
    for lib in $("$JAVA_HOME/bin/jmod" list "$JAVA_HOME/jmods/$module.jmod" | sed -n 's:^lib/\([^/]*\.so\)$:\1:p'); do
      OWNER[$lib]=$module
    done
  done
fi
TOTAL_RAW=0; TOTAL_XZ=0
for module in $(ls "$WORK/modules"); do
  natives=()
  for so in "$RUNTIME"/lib/*.so; do
    [ "${OWNER[$(basename "$so")]:-}" = "$module" ] && natives+=("$so")
  done
  tar -C "$WORK/modules/$module" -cf "$WORK/m.tar" .
  raw=$(( $(find "$WORK/modules/$module" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }') + $(bytes "${natives[@]}") ))
  packed=$(( $(xzsize "$WORK/m.tar") + $(xzsize "${natives[@]}") ))
  echo "$raw $packed $module${natives:+ (+${#natives[@]} native libraries)}"
done | sort -rn | while read -r raw packed label; do row "$label" "$raw" "$packed"; done
row "JVM (lib/server/libjvm.so)" "$(bytes "$RUNTIME/lib/server/libjvm.so")" "$(xzsize "$RUNTIME/lib/server/libjvm.so")"
if [ -f "$RUNTIME/lib/server/classes.jsa" ]; then
  row "CDS archive (lib/server/classes.jsa)" "$(bytes "$RUNTIME/lib/server/classes.jsa")" \
    "$(xzsize "$RUNTIME/lib/server/classes.jsa")"
fi
unowned=()
for so in "$RUNTIME"/lib/*.so; do [ -n "${OWNER[$(basename "$so")]:-}" ] || unowned+=("$so"); done
others=$(find "$RUNTIME" -type f ! -name '*.so' ! -name modules ! -name classes.jsa)
tar -cf "$WORK/o.tar" $others "${unowned[@]}" 2>/dev/null
row "other (conf, legal, tzdb, cacerts, ...)" "$(cat $others "${unowned[@]}" | wc -c)" "$(xzsize "$WORK/o.tar")"

echo
echo "== Application jars by Maven group ==             on disk    in .deb (jars stored: installer/linux/StoreJars.java)"
declare -A GROUP
if [ -n "$SBOM" ]; then
  while read -r purl; do
    rest=${purl#pkg:maven/}; group=${rest%%/*}; rest=${rest#*/}; name=${rest%%@*}; rest=${rest#*@}
    version=${rest%%\?*}; classifier=""
    [[ "$purl" == *classifier=* ]] && classifier=-$(sed 's/.*classifier=\([^&]*\).*/\1/' <<<"$purl")
    GROUP[$name-$version$classifier.jar]=$group
  done < <(grep -o '"purl" *: *"pkg:maven/[^"]*"' "$SBOM" | sed 's/.*"\(pkg:maven[^"]*\)"/\1/')
fi
GROUP[byok-wizard.jar]="com.netcore.byok (this application)"
for jar in "$APP"/*.jar; do
  echo "${GROUP[$(basename "$jar")]:-unknown}|$jar"
done | sort > "$WORK/groups"
cut -d'|' -f1 "$WORK/groups" | uniq | while read -r group; do
  jars=$(awk -F'|' -v g="$group" '$1 == g { print $2 }' "$WORK/groups")
  count=$(wc -l <<<"$jars")
  tar -cf "$WORK/g.tar" $jars 2>/dev/null
  echo "$(cat $jars | wc -c) $(xzsize "$WORK/g.tar") $group ($count)"
done | sort -rn | while read -r raw packed label; do row "$label" "$raw" "$packed"; done
