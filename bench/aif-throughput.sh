#!/bin/sh
# AIF import throughput (nodes per second, read alone and read + SHACL) over the AraucariaDB set,
# or over the folder given as the first argument. Run from the project root: bench/aif-throughput.sh
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o package -pl ingest -am -DskipTests
mvn -q -B -o dependency:build-classpath -pl ingest -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="ingest/target/classes:ontology/target/classes:$(cat ingest/target/bench-classpath.txt)"
exec java -Xmx1g -cp "$CP" bench/AifThroughput.java "${1:-../shared/conformance/aif/araucaria}"
