#!/usr/bin/env bash
# Start-up of the packaged application next to a minimal JavaFX window packaged the same way:
#   installer/linux/startup-bench.sh          (after installer/linux/build.sh; needs a display, or Xvfb to make one)
# The minimal window (src/bench/.../MinimalWindow.java, a Label in a StackPane, 1100x760) gets what the
# product gets: a runtime jlinked with the same options from javafx.controls, JavaFX natives in runtime/lib,
# a jpackage app-image started through a class-path launcher, and the class-data sharing archive that the
# .deb's postinst makes (java -Xshare:dump, from the same installer/linux/cds list, as far as its modules go).
# Both app-images are copies under target/startup-bench/.
# StartupBenchmark then starts each 5 times to the first frame (BYOK-READY) and reads the resident memory.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "error: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
IMAGE=target/installer/byok-wizard
[ -d "$IMAGE" ] || { echo "error: $IMAGE is missing: run installer/linux/build.sh first" >&2; exit 1; }
OUT=target/startup-bench
rm -rf "$OUT"
mkdir -p "$OUT/classes" "$OUT/input"

# the product, as installed: the app-image plus the archive postinst makes
cp -a "$IMAGE" "$OUT/byok-wizard"
"$OUT/byok-wizard/lib/runtime/bin/java" -Xshare:dump >/dev/null

# the minimal window, packaged the same way
FX=target/installer/javafx
"$JAVA_HOME/bin/javac" --release 17 -d "$OUT/classes" --module-path "$FX" --add-modules javafx.controls \
  src/bench/java/com/netcore/byok/bench/MinimalWindow.java src/bench/java/com/netcore/byok/bench/Timing.java \
  src/bench/java/com/netcore/byok/bench/StartupBenchmark.java
(cd "$OUT/classes" && "$JAVA_HOME/bin/jar" --create --file ../input/minimal-window.jar com/netcore/byok/bench/MinimalWindow*.class)
JMODS="$JAVA_HOME/jmods"
[ -d "$JMODS" ] || JMODS=""
"$JAVA_HOME/bin/jlink" --module-path "${JMODS:+$JMODS:}$FX" --add-modules javafx.controls \
  --exclude-resources 'glob:/javafx.graphics/*.so' \
  --strip-debug --no-header-files --no-man-pages --output "$OUT/minimal-runtime"
find "$OUT/minimal-runtime/bin" -type f ! -name java -delete
installer/linux/cds/merge-classlist.sh "$OUT/minimal-runtime" >/dev/null
unzip -q -o -j "$FX"/javafx-graphics-*-linux.jar '*.so' -d "$OUT/minimal-runtime/lib"
"$JAVA_HOME/bin/jpackage" --type app-image --name minimal-window --dest "$OUT" --input "$OUT/input" \
  --main-jar minimal-window.jar --main-class 'com.netcore.byok.bench.MinimalWindow$Launcher' \
  --runtime-image "$OUT/minimal-runtime" --java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto'
"$OUT/minimal-window/lib/runtime/bin/java" -Xshare:dump >/dev/null

echo "== Sizes (MB = 10^6 bytes) =="
for image in byok-wizard minimal-window; do
  printf "  %-16s app-image %6.1f MB, runtime %6.1f MB (%s modules)\n" "$image" \
    "$(du -sb "$OUT/$image" | awk '{ print $1 / 1e6 }')" "$(du -sb "$OUT/$image/lib/runtime" | awk '{ print $1 / 1e6 }')" \
    "$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$OUT/$image/lib/runtime/release" | wc -w)"
done
bench() {
  "$JAVA_HOME/bin/java" -cp "$OUT/classes" com.netcore.byok.bench.StartupBenchmark target \
    env JAVA_TOOL_OPTIONS=-Dbyok.startupProbe=true "$PWD/$OUT/byok-wizard/bin/byok-wizard" \
    --baseline "$PWD/$OUT/minimal-window/bin/minimal-window"
}
echo
echo "As installed (with the class-data sharing archive postinst makes):"
bench
rm "$OUT"/{byok-wizard,minimal-window}/lib/runtime/lib/server/classes.jsa
echo
echo "Without the class-data sharing archive:"
bench
