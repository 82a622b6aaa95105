#!/usr/bin/env bash
# Viewer benchmark: loads a generated 500-node, 1,000-edge map in Debian's headless Chromium and
# prints the time to first render and layout (goal <= 1.5 s) and the weight of the viewer's own
# HTML, JS and CSS (goal <= 100 KB, libraries excluded). Needs chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_OFFLINE:--o} verify -pl server -am -Dtest=ViewerBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat server/target/viewer-benchmark.txt
