#!/usr/bin/env bash
# GET /api/graph?focus=ID&depth=2 on a served store: p50, p99 and throughput with wrk (keep-alive) at
# 1 and 8 connections over 64 claims as focus, and the server's resident memory (VmRSS) after start
# and a warm-up. The server runs with -Xmx1g (change with HEAP). Prints one line per connection count:
#   graph CONNS P50_MS P99_MS REQ_PER_S RSS_MB
# Usage: bench/graph-bench.sh CRUX_DATA_DIR [SECONDS per run (default 10)]   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$1
SECS=${2:-10}
PORT=${GRAPH_PORT:-17080}
HEAP=${HEAP:-1g}
WORK=$(mktemp -d /tmp/cruxmap-graph.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
java -Xmx"$HEAP" -jar server/target/cruxmap.jar serve --data "$DATA" --no-corpus --port "$PORT" > "$WORK/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
Q='PREFIX cm: <https://w3id.org/cruxmap/ns#> SELECT ?s WHERE { ?s a cm:Claim ; cm:section ?sec } LIMIT 64'
curl -sf -G -H 'Accept: text/csv' --data-urlencode "query=$Q" "http://127.0.0.1:$PORT/sparql" | tail -n +2 | tr -d '\r' \
  | sed 's|^https://w3id.org/cruxmap/id/|?depth=2\&focus=|' > "$WORK/paths.txt"
[ -s "$WORK/paths.txt" ] || { echo "no claims to focus on" >&2; exit 1; }
curl -sf "http://127.0.0.1:$PORT/api/graph$(head -1 "$WORK/paths.txt")" > /dev/null || { echo "/api/graph failed" >&2; exit 1; }
run() { # conns secs -> "p50 p99 rps"
  WRK_PATHS="$WORK/paths.txt" wrk -t "$(( $1 < 2 ? 1 : 2 ))" -c "$1" -d "${2}s" --latency -s bench/mix.lua "http://127.0.0.1:$PORT/api/graph" > "$WORK/wrk.out"
  awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /^Requests\/sec/ {rps=$2}
       function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
       END { printf "%.2f %.2f %.0f\n", ms(p50), ms(p99), rps }' "$WORK/wrk.out"
}
run 8 "$SECS" > /dev/null
rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
for c in 1 8; do
  read -r p50 p99 rps < <(run "$c" "$SECS")
  echo "graph $c $p50 $p99 $rps $rss"
done
