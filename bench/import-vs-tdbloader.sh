#!/usr/bin/env bash
# Cruxmap's import (parse, SHACL, TDB2 commit and search index, as `cruxmap import` does it) against
# Jena's bulk loader tdb2.tdbloader 5.6.0 on the same N-Quads file, each into an empty TDB2 directory,
# each timed as a whole command (JVM start included), in wall-clock and in CPU seconds (user + system,
# all threads: on a shared machine the CPU figure is the steadier one). The two commands alternate,
# RUNS times each (default 3; a cold JVM's run varies by a tenth or more on this machine), which of
# them goes first alternating too, and the medians are reported. Prints one line per run, then the medians:
#   run K CRUX_WALL_S CRUX_CPU_S TDBLOADER_WALL_S TDBLOADER_CPU_S
#   import TRIPLES CRUX_WALL_S CRUX_TRIPLES_PER_S TDBLOADER_WALL_S TDBLOADER_TRIPLES_PER_S RATIO CRUX_CPU_S TDBLOADER_CPU_S
# Usage: bench/import-vs-tdbloader.sh FILE.nq CRUX_DATA_DIR [HEAP (default 4g)] [RUNS (default 3)]
# The Cruxmap data directory of the last run is kept (bench/graph-bench.sh serves it); tdbloader's is removed.
# Needs the bench module built: mvn -q -B -o -Pbench package -pl bench -am -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=$1
DATA=$2
HEAP=${3:-4g}
RUNS=${4:-3}
TDB=$(mktemp -d /tmp/cruxmap-tdbloader.XXXXXX)
trap 'rm -rf "$TDB"' EXIT
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
median() { LC_ALL=C sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
tdbloader() {
  rm -rf "$TDB/db"
  $TIME -f "%e %U %S" -o "$TDB/tdb.time" java -Xmx"$HEAP" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    tdb2.tdbloader --loc "$TDB/db" "$FILE" > "$TDB/log" 2>&1 || { cat "$TDB/log" >&2; exit 1; }
}
cruxmap() {
  rm -rf "$DATA"
  $TIME -f "%e %U %S" -o "$TDB/crux.time" java -Xmx"$HEAP" -jar server/target/cruxmap.jar import "$FILE" --data "$DATA" \
    > "$TDB/crux.log" 2>&1 || { cat "$TDB/crux.log" >&2; exit 1; }
}
for k in $(seq 1 "$RUNS"); do
  # Which goes first alternates, so neither always meets what the other left in the page cache.
  if [ $(( k % 2 )) = 1 ]; then tdbloader; cruxmap; else cruxmap; tdbloader; fi
  read -r tw tu ts < <(tail -1 "$TDB/tdb.time")
  read -r cw cu cs < <(tail -1 "$TDB/crux.time")
  awk -v k="$k" -v tw="$tw" -v tu="$tu" -v ts="$ts" -v cw="$cw" -v cu="$cu" -v cs="$cs" \
    'BEGIN { printf "run %d %.1f %.1f %.1f %.1f\n", k, cw, cu + cs, tw, tu + ts }' | tee -a "$TDB/runs"
done
rm -rf "$TDB/db"
triples=$(sed -n 's/.*imported, \([0-9]*\) triples.*/\1/p' "$TDB/crux.log")
cw=$(awk '{ print $3 }' "$TDB/runs" | median)
cc=$(awk '{ print $4 }' "$TDB/runs" | median)
tw=$(awk '{ print $5 }' "$TDB/runs" | median)
tc=$(awk '{ print $6 }' "$TDB/runs" | median)
awk -v n="$triples" -v tw="$tw" -v tc="$tc" -v cw="$cw" -v cc="$cc" 'BEGIN {
  printf "import %d %.1f %.0f %.1f %.0f %.2f %.1f %.1f\n", n, cw, n / cw, tw, n / tw, (n / cw) / (n / tw), cc, tc }'
