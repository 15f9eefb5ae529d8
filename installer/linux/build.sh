#!/usr/bin/env bash
# Builds the Linux installers under target/installer/:
#   byok-wizard/                                    app-image (jlinked runtime, JavaFX natives in runtime/lib)
#   byok-wizard_<version>-1_amd64.deb               Debian package (installs to /opt/byok-wizard)
#   byok-wizard-<version>-linux-x64-app-image.tar.gz  the app-image as an archive
#   byok-wizard-<version>-sbom.json                 CycloneDX SBOM of the runtime dependencies
#   a .sha256 file beside each of them, and sizes.txt (what each part costs)
# Needs: JDK 17+ with jmods (Debian: openjdk-17-jdk-headless), Maven, fakeroot, dpkg-deb, objcopy
# (binutils), unzip, xz (xz-utils), and libgtk-3-0 on the build host so that jpackage lists it in the
# package's Depends.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
export JAVA_HOME
for tool in fakeroot dpkg-deb objcopy unzip xz; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install fakeroot dpkg binutils unzip xz-utils)" >&2; exit 1; }
done
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || echo "warning: libgtk-3-0 is not installed here: the .deb's Depends will only name it through --linux-package-deps" >&2

# One timestamp for everything the build stamps, the pom's project.build.outputTimestamp (Maven uses it
# for the jars): file times in the app-image, the .deb (dpkg-deb clamps to SOURCE_DATE_EPOCH) and the tarball.
STAMP=$(sed -n 's:.*<project.build.outputTimestamp>\(.*\)</project.build.outputTimestamp>.*:\1:p' pom.xml)
SOURCE_DATE_EPOCH=$(date -u -d "$STAMP" +%s)
export SOURCE_DATE_EPOCH TZ=UTC LC_ALL=C
MAX_DEB_BYTES=35000000

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

# The runtime's modules. jlink adds what these require: java.desktop, java.xml, java.datatransfer,
# java.prefs (JavaFX, ImageIO, PDFBox's java.awt.geom), java.scripting (javafx.fxml), jdk.unsupported
# (javafx.graphics), javafx.base and javafx.graphics.
ROOTS=(
  javafx.controls javafx.fxml # the window
  java.logging                # java.util.logging: the application, JavaFX, commons-logging (PDFBox)
  jdk.crypto.ec               # TLS to AWS: ECDHE key exchange and ECDSA certificates; a security provider
                              # found by name, so jdeps cannot see it
)
# Found by jdeps, left out on purpose: only Bouncy Castle's LDAP cert store, CRL fetcher and DANE classes
# use them (javax.naming, java.sql.Date), and this program never loads those.
UNUSED=(java.naming java.sql)

ROOT_LIST=$(IFS=,; echo "${ROOTS[*]}")

JMODS="$JAVA_HOME/jmods"
[ -d "$JMODS" ] || JMODS="" # JDK 24+ links from its own run-time image (JEP 493)
# No compression inside jlink. --compress=2 (zip) shrinks lib/modules from 61 to 29 MB on disk, but xz then
# gets it to 26.8 MB instead of 12.2 MB in the .deb; --compress=1 (string sharing) saves 20 MB on disk at
# no cost in the .deb, but the window took 1.48 s instead of 1.08 s to start (median of 7).
"$JAVA_HOME/bin/jlink" --module-path "${JMODS:+$JMODS:}$OUT/javafx" --add-modules "$ROOT_LIST" \
  --exclude-resources 'glob:/javafx.graphics/*.so' \
  --strip-debug --no-header-files --no-man-pages --output "$OUT/runtime"
# The launcher is jpackage's. bin/java stays (16 KB) for the package's postinst, which makes the JVM's
# class-data sharing archive (lib/server/classes.jsa) on the target from lib/classlist, to which the JDK
# and JavaFX classes the application loads at start are added (installer/linux/cds/). The window then starts
# about 20% faster. Not shipped: JDK 17 does not dump it the same twice, and the .deb is reproducible.
find "$OUT/runtime/bin" -type f ! -name java -delete
installer/linux/cds/merge-classlist.sh "$OUT/runtime"
# JavaFX's native libraries sit in the runtime itself: nothing is extracted into ~/.openjfx at start
unzip -q -o -j "$OUT"/javafx/javafx-graphics-*-linux.jar '*.so' -d "$OUT/runtime/lib"

# jdeps must find nothing beyond the runtime's modules and UNUSED: a new dependency fails the build
FOUND=$("$JAVA_HOME/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$OUT/javafx" -cp "$OUT/input/*" "$OUT"/input/*.jar 2>/dev/null | tail -1)
LINKED=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$OUT/runtime/release")
MISSING=""
for module in ${FOUND//,/ }; do
  [[ " $LINKED ${UNUSED[*]} " == *" $module "* ]] || MISSING+=" $module"
done
if [ -n "$MISSING" ]; then
  echo "error: the application now uses$MISSING: add to ROOTS in installer/linux/build.sh (and say why)" >&2
  exit 1
fi
echo "runtime modules: $LINKED"
echo "  (jdeps finds $FOUND; left out on purpose: ${UNUSED[*]})"

# Jars stored, not deflated: xz compresses the class files far better than deflated data (see StoreJars)
"$JAVA_HOME/bin/java" -Duser.timezone=UTC installer/linux/StoreJars.java "$OUT"/input/*.jar

COMMON=(--name byok-wizard --app-version "$VERSION" --vendor "Netcore"
  --description "Bring Your Own Key into AWS KMS: wrap a customer key on an air-gapped workstation and import it"
  --copyright "Copyright 2026 Netcore. Apache License 2.0" --icon icons/byok-wizard.png)

"$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" --dest "$OUT" \
  --input "$OUT/input" --main-jar byok-wizard.jar --main-class com.netcore.byok.Main \
  --runtime-image "$OUT/runtime" \
  --java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto' \
  --java-options '-XX:-CreateCoredumpOnCrash'
# bin/byok-wizard.sh, the command users run: core dumps off (ulimit -c 0), then the launcher
install -m 755 installer/linux/byok-wizard.sh "$OUT/byok-wizard/bin/byok-wizard.sh"
find "$OUT/byok-wizard" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

"$JAVA_HOME/bin/jpackage" --type deb "${COMMON[@]}" --dest "$OUT" \
  --app-image "$OUT/byok-wizard" --resource-dir installer/linux/resources --license-file LICENSE \
  --linux-package-name byok-wizard --linux-deb-maintainer "security-tools@netcore.example" \
  --linux-menu-group "Utility;Security;" --linux-app-category utils --linux-shortcut \
  --linux-package-deps "libgtk-3-0 (>= 3.20.0)"

cp target/bom.json "$OUT/byok-wizard-$VERSION-sbom.json"
tar -C "$OUT" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -cf - byok-wizard \
  | gzip -9 -n > "$OUT/byok-wizard-$VERSION-linux-x64-app-image.tar.gz"
(cd "$OUT" && for f in *.deb *.tar.gz *-sbom.json; do sha256sum "$f" > "$f.sha256"; done)

installer/linux/sizes.sh "$OUT" | tee "$OUT/sizes.txt"

DEB=$(ls "$OUT"/*.deb)
if [ "$(stat -c %s "$DEB")" -ge "$MAX_DEB_BYTES" ]; then
  echo "error: $DEB is $(stat -c %s "$DEB") bytes, over the budget of $MAX_DEB_BYTES" >&2
  exit 1
fi
echo
echo "Built in $OUT:"
(cd "$OUT" && ls -l *.deb *.tar.gz *.sha256 *-sbom.json | awk '{printf "  %-55s %10d bytes\n", $9, $5}')
