#!/bin/sh
# The command on the PATH (/usr/bin/byok-wizard links here) and in the menu entry: starts the jpackage
# launcher beside it with core dumps off. A core file holds the process's memory, and with it the key being
# wrapped; the jpackage launcher cannot set the limit itself. The JVM also gets -XX:-CreateCoredumpOnCrash.
# shellcheck disable=SC3045 # not POSIX, but dash (Debian's /bin/sh) and every other Linux sh have it
ulimit -c 0
exec "$(dirname "$(readlink -f "$0")")/byok-wizard" "$@"
