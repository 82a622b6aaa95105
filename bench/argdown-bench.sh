#!/usr/bin/env bash
# Parses the same ~10 MB Argdown file (the conformance files concatenated) with Cruxmap's reader and
# with @argdown/core 2.0.1 under node, each warmed up, and prints both throughputs and their ratio.
# Usage: bench/argdown-bench.sh [RUNS]   (from the repository root; needs mvn, java, node, npm)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
CONF="${CRUXMAP_CONFORMANCE:-../shared/conformance}/argdown"
OUT=bench-out
mkdir -p "$OUT"
INPUT="$OUT/argdown-10mb.argdown"
[ -s "$INPUT" ] || python3 bench/make-input.py "$CONF" "$INPUT" 10000000
echo "input: $INPUT ($(stat -c %s "$INPUT") bytes)"
if [ ! -d bench/node_modules/@argdown/core ]; then
  (cd bench && npm ci --no-audit --no-fund >/dev/null)
fi
mvn -q -B -o test-compile -pl ingest -am
mvn -q -B -o dependency:build-classpath -pl ingest -Dmdep.outputFile="$PWD/$OUT/cp.txt" >/dev/null
JAVA_LINE=$(java -Xss16m -cp "ingest/target/test-classes:ingest/target/classes:$(cat "$OUT/cp.txt")" \
  org.cruxmap.ingest.argdown.ArgdownBench "$INPUT" "$RUNS")
NODE_LINE=$(cd bench && node argdown-bench.mjs "../$INPUT" "$RUNS")
echo "$JAVA_LINE"
echo "$NODE_LINE"
JAVA_MBS=$(echo "$JAVA_LINE" | awk '/^java-model/ {print $2}')
NODE_MBS=$(echo "$NODE_LINE" | awk '{print $2}')
awk -v j="$JAVA_MBS" -v n="$NODE_MBS" 'BEGIN { printf "ratio (Cruxmap model / @argdown/core): %.2fx\n", j / n }'
