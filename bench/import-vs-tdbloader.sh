#!/usr/bin/env bash
# Cruxmap's import (parse, SHACL, TDB2 commit and search index, as `cruxmap import` does it) against
# Jena's bulk loader tdb2.tdbloader 5.6.0 on the same N-Quads file, each into an empty TDB2 directory,
# each timed as a whole command (JVM start included). Prints one line:
#   import TRIPLES CRUX_SECONDS CRUX_TRIPLES_PER_S TDBLOADER_SECONDS TDBLOADER_TRIPLES_PER_S RATIO
# Usage: bench/import-vs-tdbloader.sh FILE.nq CRUX_DATA_DIR [HEAP (default 4g)]
# The Cruxmap data directory is kept (bench/graph-bench.sh serves it); tdbloader's is removed.
# Needs the bench module built: mvn -q -B -o -Pbench package -pl bench -am -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=$1
DATA=$2
HEAP=${3:-4g}
TDB=$(mktemp -d /tmp/cruxmap-tdbloader.XXXXXX)
trap 'rm -rf "$TDB"' EXIT
rm -rf "$DATA"
now() { date +%s.%N; }
t0=$(now)
java -Xmx"$HEAP" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" tdb2.tdbloader --loc "$TDB/db" "$FILE" > "$TDB/log" 2>&1 \
  || { cat "$TDB/log" >&2; exit 1; }
t1=$(now)
java -Xmx"$HEAP" -jar server/target/cruxmap.jar import "$FILE" --data "$DATA" > "$TDB/crux.log" 2>&1 || { cat "$TDB/crux.log" >&2; exit 1; }
t2=$(now)
triples=$(sed -n 's/.*imported, \([0-9]*\) triples.*/\1/p' "$TDB/crux.log")
awk -v n="$triples" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  tdb = b - a; crux = c - b;
  printf "import %d %.1f %.0f %.1f %.0f %.2f\n", n, crux, n / crux, tdb, n / tdb, (n / crux) / (n / tdb) }'
