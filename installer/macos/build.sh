#!/usr/bin/env bash
# Builds the macOS packages under target/installer/. Run it on a Mac: jpackage cannot cross-build.
#   byok-wizard.app                          app bundle (jlinked runtime, JavaFX natives in its runtime's lib)
#   byok-wizard-<version>-macos-<arch>.dmg   disk image: drag the app into Applications or ~/Applications
#   byok-wizard-<version>-macos-<arch>.pkg   installer package into /Applications (administrator; MDM)
#   *.sha256, byok-wizard-<version>-macos-<arch>-sbom.json (CycloneDX, runtime dependencies)
# <arch> is arm64 or x64: the architecture of the JDK that runs the build (macos-15 or macos-15-intel runners).
# Needs: a JDK 17 with jmods (e.g. Temurin 17), Maven, the Xcode command line tools (xcode-select --install).
# Signing with a Developer ID: set MAC_SIGNING_KEY_USER_NAME (and MAC_SIGNING_KEYCHAIN if the identity is not in
# the default keychains); without it the app is only sealed ad hoc. See installer/README.md.
#
#   installer/macos/build.sh                  everything
#   installer/macos/build.sh --runtime-only   stop after the jlinked runtime (a check of the staging; runs on any OS)
# Written for the bash 3.2 that macOS ships.
set -euo pipefail
cd "$(dirname "$0")/../.."

die() { echo "error: $*" >&2; exit 1; }

RUNTIME_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --runtime-only) RUNTIME_ONLY=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (see --help)" ;;
  esac
done

if [ "$(uname -s)" != Darwin ] && [ "$RUNTIME_ONLY" = 0 ]; then
  die "macOS packages are built on macOS only (jpackage cannot cross-build); --runtime-only checks the staging elsewhere"
fi

if [ -z "${JAVA_HOME:-}" ]; then
  if [ -x /usr/libexec/java_home ]; then
    JAVA_HOME=$(/usr/libexec/java_home -v 17)
  else
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
fi
export JAVA_HOME
[ -x "$JAVA_HOME/bin/jpackage" ] || die "no jpackage in JAVA_HOME=$JAVA_HOME (a full JDK 17 or later is needed)"

# The JDK's architecture decides the runtime's, so it also decides which JavaFX natives to take.
OS_ARCH=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *os\.arch = //p')
case "$OS_ARCH" in
  aarch64) ARCH=arm64; JAVAFX_PLATFORM=mac-aarch64 ;;
  x86_64|amd64) ARCH=x64; JAVAFX_PLATFORM=mac ;;
  *) die "unsupported JDK architecture: $OS_ARCH" ;;
esac

# clean: no jar of an older build (or of another platform) may end up in the package
mvn -q -B -DskipTests -Pdist "-Djavafx.platform=$JAVAFX_PLATFORM" clean package
VERSION=$(sed -n 's/^version=//p' target/classes/com/netcore/byok/version.properties)
[ -n "$VERSION" ] || die "no version in target/classes/com/netcore/byok/version.properties"

# jpackage wants 1 to 3 numbers and, on macOS, refuses a first number of 0 (its CFBundleVersion check). While the
# project is at 0.x it gets the stand-in 1.MINOR.PATCH; the app's Info.plist carries the real version (see
# installer/macos/Info.plist.in), so the stand-in only shows as the PKG receipt's version (pkgutil --pkg-info).
NUMERIC=${VERSION%%[-+]*}
[[ $NUMERIC =~ ^[0-9]+(\.[0-9]+)?(\.[0-9]+)?$ ]] || die "version $VERSION is not MAJOR.MINOR.PATCH"
IFS=. read -r MAJOR MINOR PATCH <<<"$NUMERIC"
if [ "$MAJOR" -eq 0 ]; then
  MAC_APP_VERSION="1.${MINOR:-0}.${PATCH:-0}"
else
  MAC_APP_VERSION=$NUMERIC
fi

OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/javafx" "$OUT/macos-resources"

# the application jars go on the class path; JavaFX becomes named modules of the runtime
cp target/byok-wizard.jar "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$JAVAFX_PLATFORM".jar) cp "$jar" "$OUT/javafx/" ;;
    javafx-*) ;; # empty placeholder jars
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
GRAPHICS=$(ls "$OUT"/javafx/javafx-graphics-*-"$JAVAFX_PLATFORM".jar 2>/dev/null || true)
[ -n "$GRAPHICS" ] || die "Maven did not bring javafx-graphics-*-$JAVAFX_PLATFORM.jar into target/lib"

# modules: what jdeps finds, plus what is only reached through services or reflection
# (jdk.crypto.ec: elliptic-curve TLS to AWS; jdk.unsupported: JavaFX's renderer)
CLASS_PATH=$(printf '%s:' "$OUT"/input/*.jar)
FOUND=$("$JAVA_HOME/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$OUT/javafx" -cp "${CLASS_PATH%:}" "$OUT"/input/*.jar 2>/dev/null | tail -1)
MODULES=$(echo "$FOUND,javafx.controls,javafx.fxml,jdk.crypto.ec,jdk.unsupported,java.logging" | tr , "\n" | sed '/^$/d' | sort -u | paste -s -d , -)
echo "runtime modules: $MODULES"

JMODS="$JAVA_HOME/jmods"
[ -d "$JMODS" ] || JMODS="" # JDK 24+ links from its own run-time image (JEP 493)
"$JAVA_HOME/bin/jlink" --module-path "${JMODS:+$JMODS:}$OUT/javafx" --add-modules "$MODULES" \
  --exclude-resources 'glob:/javafx.graphics/*.dylib' \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$OUT/runtime"
# JavaFX's native libraries sit in the runtime's lib, as JavaFX's own jmods put them: nothing is extracted
# into ~/.openjfx at the first start
unzip -q -o -j "$GRAPHICS" '*.dylib' -d "$OUT/runtime/lib"
[ -f "$OUT/runtime/lib/libglass.dylib" ] || die "libglass.dylib is missing from $OUT/runtime/lib"
LEFT=$("$JAVA_HOME/bin/jimage" list "$OUT/runtime/lib/modules" | grep -c '\.dylib *$' || true)
[ "$LEFT" = 0 ] || die "$LEFT native libraries are still inside the runtime's modules file"
echo "JavaFX natives in $OUT/runtime/lib: $(unzip -Z1 "$GRAPHICS" '*.dylib' | tr "\n" " ")"

if [ "$RUNTIME_ONLY" = 1 ]; then
  echo "runtime only: $OUT/runtime ($(du -sh "$OUT/runtime" | cut -f1)), version $VERSION, jpackage app-version $MAC_APP_VERSION"
  exit 0
fi

sed -e "s/BYOK_VERSION/$VERSION/g" -e "s/BYOK_BUNDLE_VERSION/$NUMERIC/g" installer/macos/Info.plist.in \
  > "$OUT/macos-resources/Info.plist"
plutil -lint "$OUT/macos-resources/Info.plist" >/dev/null || die "the generated Info.plist is not a valid property list"

# the bundle identifier is the app's identity for macOS (keychain, privacy settings, MDM): never change it
COMMON=(--name byok-wizard --app-version "$MAC_APP_VERSION" --vendor "Netcore"
  --description "Bring Your Own Key into AWS KMS: wrap a customer key on an air-gapped workstation and import it"
  --copyright "Copyright 2026 Netcore. Apache License 2.0"
  --mac-package-identifier com.netcore.byok.wizard --mac-package-name "BYOK Wizard")

SIGNED=0
SIGN=()
if [ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]; then
  # jpackage looks up "Developer ID Application: <name>" (app) and "Developer ID Installer: <name>" (pkg)
  SIGNED=1
  SIGN=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
  if [ -n "${MAC_SIGNING_KEYCHAIN:-}" ]; then
    SIGN+=(--mac-signing-keychain "$MAC_SIGNING_KEYCHAIN")
  fi
fi

# ${SIGN[@]+...}: bash 3.2 with set -u treats an empty array as unset
"$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" --dest "$OUT" \
  --input "$OUT/input" --main-jar byok-wizard.jar --main-class com.netcore.byok.Main \
  --runtime-image "$OUT/runtime" --icon icons/byok-wizard.icns --resource-dir "$OUT/macos-resources" \
  --java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto' \
  --java-options '-XX:-CreateCoredumpOnCrash' \
  ${SIGN[@]+"${SIGN[@]}"}
APP="$OUT/byok-wizard.app"

if [ "$SIGNED" = 0 ] && ! codesign --verify --deep --strict "$APP" 2>/dev/null; then
  # Not a signature of Netcore: an ad-hoc seal, without which Apple silicon Macs call a downloaded app "damaged".
  # jpackage 17.0.5 and later seal the app so on Apple silicon themselves (JDK-8277493); this covers the rest.
  # Gatekeeper still treats the app as coming from an unidentified developer.
  codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP" || die "the code signature of $APP does not verify"

# the launcher with arguments is the command line: a quick check that launcher, runtime and class path fit
"$APP/Contents/MacOS/byok-wizard" --version | grep -F "BYOK Wizard $VERSION" \
  || die "$APP/Contents/MacOS/byok-wizard --version does not report $VERSION"

"$JAVA_HOME/bin/jpackage" --type dmg "${COMMON[@]}" --dest "$OUT" --app-image "$APP" \
  ${SIGN[@]+"${SIGN[@]}"}
"$JAVA_HOME/bin/jpackage" --type pkg "${COMMON[@]}" --dest "$OUT" --app-image "$APP" \
  --license-file LICENSE ${SIGN[@]+"${SIGN[@]}"}
# jpackage names them byok-wizard-<app-version>.<type>; the names carry the real version and the architecture
for type in dmg pkg; do
  set -- "$OUT"/*."$type"
  if [ $# != 1 ] || [ ! -f "$1" ]; then die "expected one .$type in $OUT"; fi
  mv "$1" "$OUT/byok-wizard-$VERSION-macos-$ARCH.$type"
done

cp target/bom.json "$OUT/byok-wizard-$VERSION-macos-$ARCH-sbom.json"
(cd "$OUT" && for f in *.dmg *.pkg *-sbom.json; do shasum -a 256 "$f" > "$f.sha256"; done)

echo
echo "Built in $OUT:"
# shellcheck disable=SC2012 # our own file names, without spaces
(cd "$OUT" && ls -l -- *.dmg *.pkg *.sha256 *-sbom.json | awk '{printf "  %-55s %10d bytes\n", $9, $5}')
printf '  runtime: %s, app: %s\n' "$(du -sh "$OUT/runtime" | cut -f1)" "$(du -sh "$APP" | cut -f1)"
if [ "$SIGNED" = 0 ]; then
  echo "  not signed with a Developer ID and not notarized: see installer/README.md before handing these out"
fi
