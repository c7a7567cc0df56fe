# Sourced by ./mvnw and ./goldthread: makes JAVA_HOME point at a JDK this build can use.
# The Eclipse platform bundles need Java 21 or newer. JAVA_HOME is kept when it is new enough;
# otherwise the newest JDK under /usr/lib/jvm (or $GOLDTHREAD_JDK_SEARCH) is chosen.
GOLDTHREAD_MIN_JAVA=21

goldthread_java_major() { # prints the feature version of the JDK at $1, or 0
  [ -x "$1/bin/java" ] || { echo 0; return; }
  # the JDK's release file says it without starting a JVM (which costs a tenth of a second each)
  v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" 2>/dev/null | sed 's/^1\.//; s/\..*//')
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | sed 's/^1\.//')
  echo "${v:-0}"
}

if [ -z "${JAVA_HOME:-}" ] || [ "$(goldthread_java_major "$JAVA_HOME")" -lt "$GOLDTHREAD_MIN_JAVA" ]; then
  goldthread_best=""; goldthread_best_v=0
  for d in ${GOLDTHREAD_JDK_SEARCH:-/usr/lib/jvm/*}; do
    [ -x "$d/bin/javac" ] || continue
    v=$(goldthread_java_major "$d")
    if [ "$v" -ge "$GOLDTHREAD_MIN_JAVA" ] && [ "$v" -gt "$goldthread_best_v" ]; then goldthread_best="$d"; goldthread_best_v="$v"; fi
  done
  if [ -z "$goldthread_best" ]; then
    echo "Goldthread needs a JDK $GOLDTHREAD_MIN_JAVA or newer, and found none (JAVA_HOME is '${JAVA_HOME:-unset}', nothing suitable in /usr/lib/jvm)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless', or Temurin 21 or 25) or point JAVA_HOME at it." >&2
    exit 1
  fi
  JAVA_HOME="$goldthread_best"; export JAVA_HOME
fi
