#!/usr/bin/env bash
# Builds the Linux installers under target/installer/:
#   byok-wizard/                      app-image (jlinked runtime, JavaFX natives in runtime/lib)
#   byok-wizard_<version>_amd64.deb   Debian package
#   *.sha256, byok-wizard-<version>-sbom.json (CycloneDX, runtime dependencies)
# Needs: JDK 17+ with jmods (Debian: openjdk-17-jdk-headless), Maven, fakeroot, dpkg-deb, objcopy
# (binutils), and libgtk-3-0 on the build host so that jpackage lists it in the package's Depends.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
export JAVA_HOME
for tool in fakeroot dpkg-deb objcopy; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install fakeroot dpkg binutils)" >&2; exit 1; }
done

mvn -q -B -DskipTests -Pdist package
VERSION=$(sed -n 's/^version=//p' target/classes/com/netcore/byok/version.properties)
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/javafx"

# the application jars go on the class path; JavaFX becomes named modules of the runtime
cp target/byok-wizard.jar "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$OUT/javafx/" ;;
    javafx-*) ;; # empty placeholder jars
    *) cp "$jar" "$OUT/input/" ;;
  esac
done

# modules: what jdeps finds, plus what is only reached through services or reflection
# (jdk.crypto.ec: elliptic-curve TLS to AWS; jdk.unsupported: JavaFX's renderer)
FOUND=$("$JAVA_HOME/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$OUT/javafx" -cp "$OUT/input/*" "$OUT"/input/*.jar 2>/dev/null | tail -1)
MODULES=$(echo "$FOUND,javafx.controls,javafx.fxml,jdk.crypto.ec,jdk.unsupported,java.logging" | tr , "\n" | sort -u | paste -sd, -)
echo "runtime modules: $MODULES"

JMODS="$JAVA_HOME/jmods"
[ -d "$JMODS" ] || JMODS="" # JDK 24+ links from its own run-time image (JEP 493)
"$JAVA_HOME/bin/jlink" --module-path "${JMODS:+$JMODS:}$OUT/javafx" --add-modules "$MODULES" \
  --exclude-resources 'glob:/javafx.graphics/*.so' \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$OUT/runtime"
# JavaFX's native libraries sit in the runtime itself: nothing is extracted into ~/.openjfx at start
unzip -q -o -j "$OUT"/javafx/javafx-graphics-*-linux.jar '*.so' -d "$OUT/runtime/lib"

COMMON=(--name byok-wizard --app-version "$VERSION" --vendor "Netcore"
  --description "Bring Your Own Key into AWS KMS: wrap a customer key on an air-gapped workstation and import it"
  --copyright "Copyright 2026 Netcore. Apache License 2.0")

"$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" --dest "$OUT" \
  --input "$OUT/input" --main-jar byok-wizard.jar --main-class com.netcore.byok.Main \
  --runtime-image "$OUT/runtime" --icon icons/byok-wizard.png \
  --java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto'

"$JAVA_HOME/bin/jpackage" --type deb "${COMMON[@]}" --dest "$OUT" \
  --app-image "$OUT/byok-wizard" --resource-dir installer/linux --license-file LICENSE \
  --linux-package-name byok-wizard --linux-deb-maintainer "security-tools@netcore.example" \
  --linux-menu-group "Utility;Security;" --linux-app-category utils --linux-shortcut \
  --linux-package-deps "libgtk-3-0 (>= 3.20.0)"

cp target/bom.json "$OUT/byok-wizard-$VERSION-sbom.json"
tar -C "$OUT" -czf "$OUT/byok-wizard-$VERSION-linux-x64-app-image.tar.gz" byok-wizard
(cd "$OUT" && for f in *.deb *.tar.gz *-sbom.json; do sha256sum "$f" > "$f.sha256"; done)

echo
echo "Built in $OUT:"
(cd "$OUT" && ls -l *.deb *.tar.gz *.sha256 *-sbom.json | awk '{printf "  %-55s %10d bytes\n", $9, $5}')
printf '  runtime: %s, app-image: %s\n' "$(du -sh "$OUT/runtime" | cut -f1)" "$(du -sh "$OUT/byok-wizard" | cut -f1)"
