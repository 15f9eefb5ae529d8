#!/usr/bin/env bash
# Smoke test of the .deb on a fresh Debian 12: installer/linux/smoke-test.sh (as root, after installer/linux/build.sh)
#
# 1. A minimal Debian 12 (debootstrap --variant=minbase bookworm), cached in target/smoke-cache/ and copied
#    afresh for each run; apt-get then installs exactly the .deb's declared Depends, without Recommends.
# 2. The .deb is installed with dpkg -i inside a network namespace with no network (unshare -n): the /usr/bin
#    link, the desktop entry with the application's icon, the class-data sharing archive postinst makes.
# 3. As an ordinary user, without network: byok-wizard --version through /usr/bin; a wrap of a known key with
#    an RSA key pair made here by openssl, unwrapped again here by openssl; wrap --split 2-of-3 (PDF share
#    sheets), the sheets rendered to PNG here and two of them restored from their QR codes; the window under
#    Xvfb (BYOK-READY, a screenshot, 5 timed starts, no ~/.openjfx).
# 4. With network: the kms commands over HTTPS (TLS 1.3, elliptic-curve key exchange only, ECDSA certificate)
#    against the tests' KMS test server: create a key, get parameters, wrap, import, status.
# 5. dpkg -r leaves nothing behind (/opt/byok-wizard, the /usr/bin link, the desktop entry).
# Prints what each command printed (lines starting with "|"), "ok:" per check, and SMOKE TEST PASSED.
#
# Needs root, debootstrap, a Debian mirror (DEBIAN_MIRROR, default deb.debian.org), Xvfb, openssl, ghostscript,
# the build's JDK (keytool, and java for the KMS test server from target/test-classes), ImageMagick's
# `import` for the screenshot (optional). Not part of the CI test command.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD

if [ "$(id -u)" -ne 0 ]; then
  echo "error: run as root (debootstrap, chroot, mounts, network namespaces)" >&2
  exit 1
fi
# every mount below lives in a private mount namespace and disappears with this script, even if it is killed
if [ -z "${SMOKE_IN_NAMESPACE:-}" ]; then
  SMOKE_IN_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$@"
fi

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=$(realpath -m "${SMOKE_CACHE:-target/smoke-cache}")
WORK=$REPO/target/smoke
ROOT=$WORK/root
HOST=$WORK/host
USER_NAME=officer
IN=/home/$USER_NAME/smoke # the test files, as the user sees them inside the root
DEB=$(ls target/installer/byok-wizard_*_amd64.deb 2>/dev/null | head -1 || true)
[ -n "$DEB" ] || { echo "error: no .deb in target/installer: run installer/linux/build.sh first" >&2; exit 1; }
[ -d target/test-classes ] || { echo "error: target/test-classes is missing: run installer/linux/build.sh first" >&2; exit 1; }
for tool in debootstrap Xvfb openssl gs unshare chroot "$JAVA_HOME/bin/java" "$JAVA_HOME/bin/keytool"; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install debootstrap xvfb openssl ghostscript)" >&2; exit 1; }
done
VERSION=$(dpkg-deb -f "$DEB" Version)

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for mount in $(findmnt -rn -o TARGET | grep "^$ROOT/" | sort -r); do umount -l "$mount" 2>/dev/null || true; done
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAIL: %s\n' "$*" >&2; exit 1; }
# runs a command inside the root as the user; offline: in a network namespace with no network
as_user() { chroot --userspec="$USER_IDS" "$ROOT" env -i HOME=/home/$USER_NAME PATH=/usr/bin:/bin \
  LANG=C.UTF-8 "$@"; }
offline() { unshare --net chroot --userspec="$USER_IDS" "$ROOT" env -i HOME=/home/$USER_NAME \
  PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
unwrap() { openssl pkeyutl -decrypt -inkey "$HOST/private.pem" -pkeyopt rsa_padding_mode:oaep \
  -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 -in "$1" | od -An -v -tx1 | tr -d ' \n'; }

step "Debian 12 minimal root ($MIRROR)"
if [ ! -d "$CACHE/base" ]; then
  rm -rf "$CACHE/base.tmp"
  mkdir -p "$CACHE"
  debootstrap --variant=minbase bookworm "$CACHE/base.tmp" "$MIRROR"
  mv "$CACHE/base.tmp" "$CACHE/base"
else
  ok "cached in $CACHE/base"
fi
if findmnt -rn -o TARGET | grep -q "^$ROOT/"; then fail "something is still mounted under $ROOT"; fi
rm -rf --one-file-system "$WORK"
mkdir -p "$WORK" "$HOST" "$CACHE/apt-archives/partial"
cp -a "$CACHE/base" "$ROOT"
mount --rbind /dev "$ROOT/dev"
mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --bind "$CACHE/apt-archives" "$ROOT/var/cache/apt/archives" # downloads kept between runs
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
ok "$(cat "$ROOT/etc/debian_version"), $(chroot "$ROOT" dpkg-query -f '.\n' -W | wc -l) packages"

step "The package's declared dependencies, and nothing else (apt-get satisfy --no-install-recommends)"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "   Depends: $DEPENDS"
chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get -q -y update >/dev/null
BEFORE=$(chroot "$ROOT" dpkg-query -f '.\n' -W | wc -l)
chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends satisfy "$DEPENDS" \
  > "$WORK/apt-satisfy.log" 2>&1 || { tail -20 "$WORK/apt-satisfy.log"; fail "apt-get satisfy"; }
ok "$(( $(chroot "$ROOT" dpkg-query -f '.\n' -W | wc -l) - BEFORE )) packages installed for the Depends (log: $WORK/apt-satisfy.log)"
chroot "$ROOT" useradd --create-home --shell /bin/bash "$USER_NAME"
USER_IDS="$(chroot "$ROOT" id -u "$USER_NAME"):$(chroot "$ROOT" id -g "$USER_NAME")"

step "Install $(basename "$DEB") with no network"
cp "$DEB" "$ROOT/tmp/"
echo "   interfaces in the namespace: $(unshare --net chroot "$ROOT" sh -c 'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " " | paste -sd " "')"
unshare --net chroot "$ROOT" dpkg -i "/tmp/$(basename "$DEB")" > "$WORK/dpkg-install.log" 2>&1 \
  || { cat "$WORK/dpkg-install.log"; fail "dpkg -i"; }
[ "$(chroot "$ROOT" dpkg-query -f '${Status}' -W byok-wizard)" = "install ok installed" ] || fail "not installed"
ok "dpkg -i: $(chroot "$ROOT" dpkg-query -f '${Package} ${Version} ${Status}' -W byok-wizard)"
[ "$(chroot "$ROOT" readlink -f /usr/bin/byok-wizard)" = /opt/byok-wizard/bin/byok-wizard.sh ] || fail "/usr/bin/byok-wizard"
ok "/usr/bin/byok-wizard -> /opt/byok-wizard/bin/byok-wizard.sh (core dumps off, then the launcher)"
DESKTOP=$(ls "$ROOT"/usr/share/applications/*byok-wizard*.desktop 2>/dev/null | head -1)
[ -n "$DESKTOP" ] || fail "no desktop entry in /usr/share/applications"
ICON=$(sed -n 's/^Icon=//p' "$DESKTOP")
[ -f "$ROOT$ICON" ] && cmp -s "$ROOT$ICON" icons/byok-wizard.png || fail "desktop entry icon $ICON"
ok "desktop entry $(basename "$DESKTOP"): $(grep -E '^(Exec|Categories)=' "$DESKTOP" | paste -sd ' '), Icon=$ICON (the app's icon)"
[ -f "$ROOT/opt/byok-wizard/lib/runtime/lib/server/classes.jsa" ] || fail "postinst made no class-data sharing archive"
ok "postinst made the class-data sharing archive (lib/server/classes.jsa, $(du -h "$ROOT/opt/byok-wizard/lib/runtime/lib/server/classes.jsa" | cut -f1))"

step "Command line, as user $USER_NAME, no network"
mkdir -p "$ROOT$IN"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096 -out "$HOST/private.pem" 2>/dev/null
openssl pkey -in "$HOST/private.pem" -pubout -outform DER -out "$ROOT$IN/WrappingPublicKey.bin"
openssl rand -hex 32 > "$ROOT$IN/key.hex"
mkdir -p "$ROOT$IN"/{out,split-out,shares,restored-out}
chroot "$ROOT" chown -R $USER_NAME:$USER_NAME "$IN"

out=$(offline byok-wizard --version)
echo "$out" | sed 's/^/   | /'
grep -q "^BYOK Wizard ${VERSION%-*}" <<<"$out" || fail "--version"
offline JAVA_TOOL_OPTIONS=-Xshare:on byok-wizard --version >/dev/null 2>&1 || fail "the class-data sharing archive is not usable"
ok "byok-wizard --version (also with -Xshare:on: the archive maps)"

offline byok-wizard wrap --public-key "$IN/WrappingPublicKey.bin" --algorithm RSAES_OAEP_SHA_256 \
  --key-file "$IN/key.hex" --out "$IN/out" | sed 's/^/   | /'
[ "$(unwrap "$ROOT$IN/out/CustomerEncryptionKey.bin")" = "$(tr -d '\n' < "$ROOT$IN/key.hex")" ] \
  || fail "openssl did not unwrap the key"
ok "wrap: openssl pkeyutl (OAEP SHA-256, MGF1 SHA-256) unwraps exactly the key given"
offline byok-wizard verify "$IN/out" | sed 's/^/   | /'
ok "verify"

offline byok-wizard wrap --public-key "$IN/WrappingPublicKey.bin" --algorithm RSAES_OAEP_SHA_256 --generate \
  --out "$IN/split-out" --split 2-of-3 --shares-out "$IN/shares" \
  --custodian "Alice Martin" --custodian "Bob Ng" --custodian "Chloe Dubois" | sed 's/^/   | /'
for i in 1 2 3; do
  [ "$(head -c 5 "$ROOT$IN/shares/share-$i-of-3.pdf")" = "%PDF-" ] || fail "share-$i-of-3.pdf"
done
ok "wrap --split 2-of-3: $(ls "$ROOT$IN/shares" | paste -sd ' ')"
for i in 1 3; do # printed and scanned: the sheet rendered to an image here, its QR code read there
  gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pnggray -r150 -sOutputFile="$ROOT$IN/sheet-$i.png" \
    "$ROOT$IN/shares/share-$i-of-3.pdf"
done
chroot "$ROOT" chown $USER_NAME:$USER_NAME "$IN/sheet-1.png" "$IN/sheet-3.png"
offline byok-wizard wrap --public-key "$IN/WrappingPublicKey.bin" --algorithm RSAES_OAEP_SHA_256 \
  --share-file "$IN/sheet-1.png" --share-file "$IN/sheet-3.png" --out "$IN/restored-out" | sed 's/^/   | /'
[ "$(unwrap "$ROOT$IN/restored-out/CustomerEncryptionKey.bin")" = "$(unwrap "$ROOT$IN/split-out/CustomerEncryptionKey.bin")" ] \
  || fail "the key restored from the sheets' QR codes differs"
ok "share sheets 1 and 3 rendered by ghostscript, QR codes read: the same key (both unwrapped by openssl)"

out=$(offline AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \
  AWS_EC2_METADATA_DISABLED=true byok-wizard kms status --key-id alias/none --region eu-west-1 \
  --endpoint-url https://127.0.0.1:1 2>&1 || true)
echo "$out" | sed 's/^/   | /'
grep -q "^error: .*KMS at https://127.0.0.1:1" <<<"$out" && ! grep -qE "Exception|Error:" <<<"$out" || fail "kms status without network"
ok "kms status without network: one sentence naming the endpoint, no stack trace"

step "The window, under Xvfb, no network"
DISPLAY_NUMBER=""
for n in $(seq 90 99); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NUMBER=$n; break; }
done
[ -n "$DISPLAY_NUMBER" ] || fail "no free X display between :90 and :99"
Xvfb ":$DISPLAY_NUMBER" -screen 0 1400x900x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done
mkdir -p "$ROOT/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
# starts the window as the user, offline, and waits for the startup probe; prints "<ms by the JVM> <wall ms>"
start_window() {
  local started line
  started=$(date +%s%N)
  coproc WINDOW { exec unshare --net chroot --userspec="$USER_IDS" "$ROOT" env -i HOME=/home/$USER_NAME \
    PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" JAVA_TOOL_OPTIONS=-Dbyok.startupProbe=true \
    byok-wizard 2>&1; }
  local pid=$WINDOW_PID
  while IFS= read -r -t 120 line <&"${WINDOW[0]}"; do
    echo "$line" >> "$WORK/window.log"
    case "$line" in BYOK-READY*) break ;; esac
  done
  case "$line" in BYOK-READY*) ;; *) kill "$pid" 2>/dev/null; fail "no BYOK-READY (see $WORK/window.log)" ;; esac
  echo "$(cut -d' ' -f2 <<<"$line") $(( ($(date +%s%N) - started) / 1000000 ))"
  if [ "${1:-}" = screenshot ]; then
    sleep 2
    if command -v import >/dev/null; then import -display ":$DISPLAY_NUMBER" -window root "$WORK/window.png"; fi
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}
first=$(start_window screenshot)
ok "window opened: BYOK-READY $(cut -d' ' -f1 <<<"$first") ms (first start, wall $(cut -d' ' -f2 <<<"$first") ms)"
[ -f "$WORK/window.png" ] && ok "screenshot: $WORK/window.png"
[ ! -e "$ROOT/home/$USER_NAME/.openjfx" ] || fail "~/.openjfx was created"
ok "no ~/.openjfx (home holds: $(cd "$ROOT/home/$USER_NAME" && find . -mindepth 1 -maxdepth 2 ! -path './smoke*' | sort | paste -sd ' '))"
times=()
for _ in 1 2 3 4 5; do times+=("$(start_window | cut -d' ' -f2)"); done
ok "5 starts to the first step, wall ms: ${times[*]}; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms"

step "kms commands over HTTPS (TLS with elliptic-curve key exchange only), with network"
mkdir -p "$HOST/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -days 2 -keyout "$HOST/tls/key.pem" -out "$HOST/tls/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$HOST/tls/key.pem" -in "$HOST/tls/cert.pem" -out "$HOST/tls/server.p12" -passout pass:changeit
"$JAVA_HOME/bin/keytool" -importcert -noprompt -keystore "$ROOT$IN/trust.p12" -storetype PKCS12 -storepass changeit \
  -alias kms-test-server -file "$HOST/tls/cert.pem" >/dev/null 2>&1
"$JAVA_HOME/bin/java" -Djdk.tls.namedGroups=x25519,secp256r1 -cp "target/test-classes:target/lib/*" \
  installer/linux/smoke/TlsKmsServer.java "$HOST/tls/server.p12" changeit > "$WORK/kms-server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 120); do grep -q '^READY' "$WORK/kms-server.log" && break; sleep 0.5; done
PORT=$(sed -n 's/^READY //p' "$WORK/kms-server.log")
[ -n "$PORT" ] || { cat "$WORK/kms-server.log"; fail "the KMS test server did not start"; }
chroot "$ROOT" chown -R $USER_NAME:$USER_NAME "$IN"
kms() { as_user AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \
  AWS_REGION=eu-west-1 AWS_ENDPOINT_URL_KMS="https://127.0.0.1:$PORT" AWS_ENDPOINT_URL_STS="https://127.0.0.1:$PORT" \
  AWS_EC2_METADATA_DISABLED=true \
  JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$IN/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit" \
  byok-wizard kms "$@" 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS' | sed 's/^/   | /'; }
kms create-key --alias smoke
kms get-parameters --key-id alias/smoke --out "$IN/kms-params"
as_user mkdir "$IN/kms-out"
offline byok-wizard wrap --params "$IN/kms-params" --key-file "$IN/key.hex" --out "$IN/kms-out" | tail -2 | sed 's/^/   | /'
kms import --key-id alias/smoke --params "$IN/kms-params" --wrapped "$IN/kms-out" --no-expiry --log "$IN/kms-imports.log"
status=$(kms status --key-id alias/smoke)
echo "$status" | head -4
grep -q "State: Enabled" <<<"$status" || fail "kms status: the key is not Enabled"
ok "create-key, get-parameters, wrap, import (with KMS's Encrypt/Decrypt check), status: Enabled"
ok "the server saw: $(grep '^TLS ' "$WORK/kms-server.log" | sort | uniq -c | sed 's/^ *//' | paste -sd ';')"
! grep -q 'TLS connection failed' "$WORK/kms-server.log" || fail "$(grep 'TLS connection failed' "$WORK/kms-server.log" | head -1)"

step "Remove the package"
unshare --net chroot "$ROOT" dpkg -r byok-wizard > "$WORK/dpkg-remove.log" 2>&1 || { cat "$WORK/dpkg-remove.log"; fail "dpkg -r"; }
[ ! -e "$ROOT/usr/bin/byok-wizard" ] && [ ! -e "$ROOT/opt/byok-wizard" ] && [ -z "$(ls "$ROOT"/usr/share/applications/*byok* 2>/dev/null)" ] \
  || fail "left after dpkg -r: $(ls -d "$ROOT"/usr/bin/byok-wizard "$ROOT"/opt/byok-wizard "$ROOT"/usr/share/applications/*byok* 2>/dev/null)"
ok "dpkg -r: /opt/byok-wizard, /usr/bin/byok-wizard and the desktop entry are gone"

printf '\nSMOKE TEST PASSED: %s on Debian %s\n' "$(basename "$DEB")" "$(cat "$ROOT/etc/debian_version")"
