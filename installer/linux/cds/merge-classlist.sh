#!/usr/bin/env bash
# Adds installer/linux/cds/startup.classlist to a jlinked runtime's lib/classlist, the list of classes that
# `java -Xshare:dump` puts into the class-data sharing archive (the .deb's postinst runs it on the target).
# Only classes of the runtime's own modules are kept (JDK and JavaFX): the application's jars lie outside
# the runtime, and JDK 17 uses an archive of class-path classes only at the exact path it was made at.
#   installer/linux/cds/merge-classlist.sh RUNTIME_DIR
set -euo pipefail
RUNTIME=$1
LIST=$(dirname "$0")/startup.classlist
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$JAVA_HOME/bin/jimage" list "$RUNTIME/lib/modules" | sed -n 's/^ *\(.*\)\.class$/\1/p' > "$WORK/classes"
# the JDK's own list first, then ours; comments dropped, each line once
cat "$RUNTIME/lib/classlist" "$LIST" | awk '
  NR == FNR { classes[$1] = 1; next }
  /^#/ || /^$/ { next }
  /^@lambda-form-invoker/ { if (!seen[$0]++) print; next }
  /^@lambda-proxy/ { if (($2 in classes) && !seen[$0]++) print; next }
  ($1 in classes) && !seen[$0]++ { print }
' "$WORK/classes" - > "$WORK/classlist"
echo "class-data sharing list: $(grep -vc '^@' "$WORK/classlist") classes ($(grep -vc '^[@#]' "$RUNTIME/lib/classlist") from the JDK's list)"
mv "$WORK/classlist" "$RUNTIME/lib/classlist"
