#!/usr/bin/env bash
# Every comparison of Cruxmap with its peers in one run; writes bench-out/results.md (figures and
# ratios) and each run's raw output under bench-out/logs/.
#   import vs tdb2.tdbloader 5.6.0 (same N-Quads; goal: at least 0.8 of its triples per second, index included),
#   as whole commands in cold JVMs (bench/import-vs-tdbloader.sh) and both warmed alike in one JVM
#   (org.cruxmap.bench.WarmImportBench)
#   search vs jena-text 5.6.0                  (bench module, org.cruxmap.bench.SearchBench)
#   SPARQL vs Fuseki 5.6.0                     (bench/sparql-vs-fuseki.sh)
#   Argdown parsing vs @argdown/core 2.0.1     (bench/argdown-bench.sh)
#   /api/graph depth-2 p50/p99 and the server's resident memory at 100,000 and 1,000,000 statements
#   (bench/graph-bench.sh; goal: a million statements served with -Xmx1g)
# Usage: bench/run-all.sh [--quick]   (--quick: 10,000 statements, short runs; a smoke test, not figures)
# Needs: java 17, mvn, wrk, node and npm. The peers come from the bench module and test scope only.
set -uo pipefail
cd "$(dirname "$0")/.."
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
if [ $QUICK = 1 ]; then
  SIZES="10000"; SEARCH_SIZES="10000"; SPARQL_N=10000; SECS=3; ARGDOWN_RUNS=1; IMPORT_RUNS=1; IMPORT_WARMUP=1
else
  SIZES="100000 1000000"; SEARCH_SIZES="10000,100000"; SPARQL_N=100000; SECS=10; ARGDOWN_RUNS=3; IMPORT_RUNS=3; IMPORT_WARMUP=2
fi
SIZES=${BENCH_SIZES:-$SIZES}   # e.g. BENCH_SIZES=1000000 to measure one size
OUT=bench-out
LOGS=$OUT/logs
mkdir -p "$LOGS"
ROWS=$OUT/rows.md
: > "$ROWS"
row() { echo "| $1 | $2 | $3 | $4 | $5 |" >> "$ROWS"; }
failed() { row "$1" "failed: see $2" "" "" ""; }
started=$(date +%s)

echo "== build"
mvn -q -B -o -Pbench package -pl bench -am -DskipTests || { echo "build failed" >&2; exit 1; }
mvn -q -B -o test-compile -pl server -am > /dev/null || { echo "test build failed" >&2; exit 1; }

for n in $SIZES; do
  echo "== import vs tdbloader, /api/graph and memory at $n statements"
  nq=$OUT/synthetic-$n.nq
  [ -s "$nq" ] || java -jar server/target/cruxmap.jar generate --statements "$n" --seed 1 --out "$nq" > "$LOGS/generate-$n.log"
  data=$OUT/data-$n
  if bench/import-vs-tdbloader.sh "$nq" "$data" 4g "$IMPORT_RUNS" > "$LOGS/import-$n.log" 2>&1; then
    read -r _ triples cs ctps ts ttps ratio ccpu tcpu < <(grep '^import' "$LOGS/import-$n.log")
    row "import, $triples triples: triples/s (wall s, CPU s), medians of $IMPORT_RUNS" "$ctps ($cs s, $ccpu s)" "tdb2.tdbloader: $ttps ($ts s, $tcpu s)" "$ratio" ">= 0.8"
  else
    failed "import, $n triples" "$LOGS/import-$n.log"; continue
  fi
  if java -Xmx4g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cruxmap.bench.WarmImportBench "$nq" "$IMPORT_WARMUP" "$IMPORT_RUNS" \
      > "$LOGS/import-warm-$n.log" 2>&1; then
    read -r _ triples cs ctps ts ttps ratio ccpu tcpu < <(grep '^import-warm' "$LOGS/import-warm-$n.log")
    row "import, $triples triples, both warmed alike in one JVM ($IMPORT_WARMUP runs each first): triples/s (wall s, CPU s), medians of $IMPORT_RUNS" \
      "$ctps ($cs s, $ccpu s)" "tdb2.tdbloader: $ttps ($ts s, $tcpu s)" "$ratio" ">= 0.8"
  else
    failed "import (warm), $n triples" "$LOGS/import-warm-$n.log"
  fi
  if bench/graph-bench.sh "$data" "$SECS" > "$LOGS/graph-$n.log" 2>&1; then
    while read -r _ c p50 p99 rps rss; do
      row "/api/graph depth 2, $n statements, $c connection(s): p50 / p99 ms, req/s" "$p50 / $p99, $rps" "" "" ""
      last_rss=$rss
    done < <(grep '^graph' "$LOGS/graph-$n.log")
    row "resident memory of the server (-Xmx1g), $n statements, after a warm-up" "$last_rss MB" "" "" "served with -Xmx1g"
  else
    failed "/api/graph, $n statements" "$LOGS/graph-$n.log"
  fi
  rm -rf "$data"
done

for where in memory disk; do
  echo "== search vs jena-text ($SEARCH_SIZES statements, both in $where)"
  if java -Xmx3g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cruxmap.bench.SearchBench "$SEARCH_SIZES" "$where" > "$LOGS/search-$where.log" 2>&1; then
    # SearchBench's columns: p50 ms, p99 ms, queries/s, indexing ms, cpu p50 ms, process cpu ms/query.
    awk -v where="$where" '/^== / { n = $2 } /^Cruxmap search/ { c = $(NF-5) " / " $(NF-4) ", " $(NF-3) } /^jena-text/ { j = $(NF-5) " / " $(NF-4) ", " $(NF-3) }
         /ratios Cruxmap\/jena-text/ { gsub(",", "", $5); printf "| search, %s statements, both %s: p50 / p99 ms, queries/s | %s | jena-text: %s | %s (p50) | p50 <= 0.5 |\n", n, (where == "disk" ? "on disk" : "in memory"), c, j, $5 }' \
      "$LOGS/search-$where.log" >> "$ROWS"
  else
    failed "search vs jena-text ($where)" "$LOGS/search-$where.log"
  fi
done

echo "== SPARQL vs Fuseki ($SPARQL_N statements)"
if bench/sparql-vs-fuseki.sh "$SPARQL_N" "$SECS" > "$LOGS/sparql.log" 2>&1; then
  awk -F'|' '/^(small|mix|mix-2graphs) / { split($1, a, " "); split($2, c, " "); split($3, f, " "); split($4, x, " ");
       goal = (a[1] == "small" && a[2] == 1) ? "p50 <= 0.5" : (a[1] == "mix" && a[2] == 8) ? "req/s >= 1.5" : "";
       printf "| SPARQL %s, %d conn.: p50 / p99, req/s | %s / %s, %s | Fuseki: %s / %s, %s | p50 %s, req/s %s | %s |\n",
              a[1], a[2], c[1], c[2], c[3], f[1], f[2], f[3], x[1], x[3], goal }' "$LOGS/sparql.log" >> "$ROWS"
else
  failed "SPARQL vs Fuseki" "$LOGS/sparql.log"
fi

echo "== Argdown parsing vs @argdown/core"
if bench/argdown-bench.sh "$ARGDOWN_RUNS" > "$LOGS/argdown.log" 2>&1; then
  j=$(grep -o 'java-model [0-9.]*' "$LOGS/argdown.log" | awk '{print $2}')
  nd=$(grep -o 'node-model [0-9.]*' "$LOGS/argdown.log" | awk '{print $2}')
  r=$(awk -v j="$j" -v n="$nd" 'BEGIN { printf "%.2f", j / n }')
  row "Argdown parsing, ~10 MB (MB/s)" "$j" "@argdown/core: $nd" "$r" ""
else
  failed "Argdown vs @argdown/core" "$LOGS/argdown.log"
fi

{
  echo "# Cruxmap against its peers"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $( [ $QUICK = 1 ] && echo 'quick mode (10,000 statements, short runs)' || echo 'full mode'),"
  echo "$(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(( $(date +%s) - started )) s in all."
  echo "Ratios are Cruxmap / peer: above 1 is better for throughput, below 1 for latency. Raw output: bench-out/logs/."
  echo
  echo "| comparison | Cruxmap | peer | ratio | goal |"
  echo "| --- | --- | --- | --- | --- |"
  cat "$ROWS"
} > "$OUT/results.md"
rm -f "$ROWS"
cat "$OUT/results.md"
