#!/usr/bin/env bash
# Cruxmap's /sparql against Apache Jena Fuseki 5.6.0 (jena-fuseki-main, TDB2) on the same data, with the
# same client (wrk, keep-alive) and the same fixed queries, at 1 and 8 connections.
# Usage: bench/sparql-vs-fuseki.sh [STATEMENTS (default 100000)] [SECONDS per run (default 10)]
# Needs: java 17, mvn, wrk (apt-get install -y wrk). Fuseki comes from the server module's test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SECS=${2:-10}
WORK=$(mktemp -d /tmp/cruxmap-bench.XXXXXX)
CRUX_PORT=${CRUX_PORT:-17070}
FUSEKI_PORT=${FUSEKI_PORT:-17071}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f server/target/cruxmap.jar ] || mvn -q -B -o package -DskipTests -pl server -am
mvn -q -B -o test-compile dependency:build-classpath -pl server -am -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

# Synthetic debate: N statements' worth of triples (labels, types, statuses, supports/attacks, crux links).
awk -v n="$N" 'BEGIN {
  cm="https://w3id.org/cruxmap/ns#"; id="https://w3id.org/cruxmap/id/statement/s";
  rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#type"; lab="http://www.w3.org/2000/01/rdf-schema#label";
  srand(42); k = int(n / 6);
  for (i = 0; i < k; i++) {
    s = "<" id i ">";
    cls = (i % 10 == 0) ? "Crux" : (i % 3 == 0) ? "Evidence" : "Claim";
    print s " <" rdf "> <" cm "Statement> .";
    print s " <" rdf "> <" cm cls "> .";
    print s " <" lab "> \"Statement number " i " about coherence and agency\" .";
    print s " <" cm "status> <" cm ((i % 4 == 0) ? "verified" : "unverified") "> .";
    print s " <" cm "supports> <" id int(rand() * k) "> .";
    print s " <" cm "attacks> <" id int(rand() * k) "> .";
  } }' > "$WORK/data.nt"
echo "data: $(wc -l < "$WORK/data.nt") triples"

# Cruxmap: TDB2 on disk, imported with the CLI (one named graph; queries read the union).
java -jar server/target/cruxmap.jar import "$WORK/data.nt" --data "$WORK/crux" > /dev/null
java -Xmx1g -jar server/target/cruxmap.jar serve --data "$WORK/crux" --no-corpus --port "$CRUX_PORT" > "$WORK/crux.log" 2>&1 &
pids+=($!)
# Fuseki: jena-fuseki-main on TDB2 on disk, data loaded into the default graph over its Graph Store endpoint.
mkdir -p "$WORK/fuseki"
# FusekiPeer (server test sources) starts Fuseki as fuseki-main's command line does, but with Jetty's
# default 32 KB output buffer instead of the 5 MB one Fuseki sets, which costs ~20 ms a response here.
java -Xmx1g -Dlog4j2.configurationFile=none -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "server/target/test-classes:$(cat "$WORK/cp.txt")" org.cruxmap.server.store.FusekiPeer "$FUSEKI_PORT" \
  "$WORK/fuseki" > "$WORK/fuseki.log" 2>&1 &
pids+=($!)
for url in "http://127.0.0.1:$CRUX_PORT/api/health" "http://127.0.0.1:$FUSEKI_PORT/\$/ping"; do
  for _ in $(seq 1 120); do curl -sf "$url" > /dev/null && break; sleep 0.5; done
done
curl -sS -f -X PUT --data-binary @"$WORK/data.nt" -H "Content-Type: application/n-triples" "http://127.0.0.1:$FUSEKI_PORT/ds?default" > /dev/null || { cat "$WORK/fuseki.log" >&2; exit 1; }

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
P='PREFIX cm: <https://w3id.org/cruxmap/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
SMALL="$P SELECT ?l WHERE { <https://w3id.org/cruxmap/id/statement/s42> rdfs:label ?l }"
: > "$WORK/small.txt"; : > "$WORK/mix.txt"
for i in 42 1234 777 9001 31; do
  echo "?query=$(enc "$P SELECT ?l WHERE { <https://w3id.org/cruxmap/id/statement/s$i> rdfs:label ?l }")" >> "$WORK/small.txt"
done
{
  cat "$WORK/small.txt"
  echo "?query=$(enc "$P SELECT ?s ?o WHERE { ?s cm:supports ?o . ?o a cm:Crux } LIMIT 20")"
  echo "?query=$(enc "$P ASK { <https://w3id.org/cruxmap/id/statement/s10> a cm:Crux }")"
  echo "?query=$(enc "$P SELECT ?x ?l WHERE { <https://w3id.org/cruxmap/id/statement/s7> cm:supports ?x . ?x rdfs:label ?l . OPTIONAL { ?x cm:status ?st } }")"
  echo "?query=$(enc "$P SELECT (COUNT(*) AS ?n) WHERE { ?s a cm:Crux ; cm:status cm:verified }")"
} > "$WORK/mix.txt"

# Both answer the same first query the same way.
a=$(curl -s -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$CRUX_PORT/sparql$(head -1 "$WORK/small.txt")" | tr -d ' \n')
b=$(curl -s -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$FUSEKI_PORT/ds/sparql$(head -1 "$WORK/small.txt")" | tr -d ' \n')
case "$a$b" in *"Statementnumber42about"*"Statementnumber42about"*) ;; *) echo "the two servers disagree: $a / $b" >&2; exit 1;; esac

run() { # name base paths conns secs -> "p50 p99 rps" in ms, ms, req/s
  WRK_PATHS="$3" wrk -t "$(( $4 < 2 ? 1 : 2 ))" -c "$4" -d "${5}s" --latency -s bench/mix.lua "$2" > "$WORK/$1.out"
  awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /^Requests\/sec/ {rps=$2}
       function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
       END { printf "%.3f %.3f %.0f\n", ms(p50), ms(p99), rps }' "$WORK/$1.out"
}
echo "warming up (${SECS}s each, mix, 8 connections)..."
run warm-c "http://127.0.0.1:$CRUX_PORT/sparql" "$WORK/mix.txt" 8 "$SECS" > /dev/null
run warm-f "http://127.0.0.1:$FUSEKI_PORT/ds/sparql" "$WORK/mix.txt" 8 "$SECS" > /dev/null

printf "\n%-12s %5s | %10s %10s %9s | %10s %10s %9s | %8s %8s %8s\n" workload conns "crux p50" "crux p99" "crux r/s" "fus p50" "fus p99" "fus r/s" "p50 x" "p99 x" "r/s x"
for w in small mix; do
  for c in 1 8; do
    read -r cp50 cp99 crps < <(run "$w-c-$c" "http://127.0.0.1:$CRUX_PORT/sparql" "$WORK/$w.txt" "$c" "$SECS")
    read -r fp50 fp99 frps < <(run "$w-f-$c" "http://127.0.0.1:$FUSEKI_PORT/ds/sparql" "$WORK/$w.txt" "$c" "$SECS")
    awk -v w="$w" -v c="$c" -v a="$cp50" -v b="$cp99" -v r="$crps" -v d="$fp50" -v e="$fp99" -v s="$frps" 'BEGIN {
      printf "%-12s %5d | %8.2fms %8.2fms %9.0f | %8.2fms %8.2fms %9.0f | %8.2f %8.2f %8.2f\n", w, c, a, b, r, d, e, s, a/d, b/e, r/s }'
  done
done
# The same triples in two files, so in two named graphs: Cruxmap's queries then read the union of both
# (a store with one graph reads that graph directly). Fuseki, with everything in its default graph, is run again beside it.
half=$(( $(wc -l < "$WORK/data.nt") / 12 * 6 ))  # whole statements (six lines each) in each file
head -n "$half" "$WORK/data.nt" > "$WORK/part1.nt"
tail -n +"$(( half + 1 ))" "$WORK/data.nt" > "$WORK/part2.nt"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
java -jar server/target/cruxmap.jar import "$WORK/part1.nt" "$WORK/part2.nt" --data "$WORK/crux2" > /dev/null
java -Xmx1g -jar server/target/cruxmap.jar serve --data "$WORK/crux2" --no-corpus --port "$CRUX_PORT" > "$WORK/crux2.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$CRUX_PORT/api/health" > /dev/null && break; sleep 0.5; done
# Fuseki has served the warm-up and the four runs above by now (5 x SECS seconds of load); the new
# Cruxmap server gets 5 x SECS of the mix at 8 connections before it is measured: at least as much.
run warm-c2 "http://127.0.0.1:$CRUX_PORT/sparql" "$WORK/mix.txt" 8 "$(( SECS * 5 ))" > /dev/null
read -r cp50 cp99 crps < <(run "mix2-c-8" "http://127.0.0.1:$CRUX_PORT/sparql" "$WORK/mix.txt" 8 "$SECS")
read -r fp50 fp99 frps < <(run "mix2-f-8" "http://127.0.0.1:$FUSEKI_PORT/ds/sparql" "$WORK/mix.txt" 8 "$SECS")
awk -v a="$cp50" -v b="$cp99" -v r="$crps" -v d="$fp50" -v e="$fp99" -v s="$frps" 'BEGIN {
  printf "%-12s %5d | %8.2fms %8.2fms %9.0f | %8.2fms %8.2fms %9.0f | %8.2f %8.2f %8.2f\n", "mix-2graphs", 8, a, b, r, d, e, s, a/d, b/e, r/s }'
echo "(x = Cruxmap / Fuseki: latency below 1 and throughput above 1 favour Cruxmap; ms per request, keep-alive)"
