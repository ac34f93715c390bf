#!/usr/bin/env bash
# Start-up times of the app's jar, measured as whole processes, as people run them:
#   1. java -jar … --version                  (the JVM's own start, plus picocli: the baseline)
#   2. java -jar … catalog search pdsa        (a one-shot command that builds the search index)
#   3. java -jar … serve, until GET / answers  (the web app's first page)
#   4. java -jar … serve, until GET /projects answers, over a data directory holding the Humber
#      demonstration project (the first page that opens the projects' file store)
# Prints the median, lowest and highest of RUNS runs of each (default 15), in milliseconds.
# Needs curl; uses nothing else outside the JDK. Build the jar first:
#   ./mvnw -q package -DskipTests && examples/coproduction-app/scripts/startup-times.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=examples/coproduction-app/target/coproduction-app.jar
RUNS=${RUNS:-15}
PORT=${PORT:-18080}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

summary() { # reads one number a line: prints "median N ms (lowest L, highest H, RUNS runs)"
    sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "median %d ms (lowest %d, highest %d, %d runs)\n", m, v[1], v[NR], NR }'
}

command_times() {
    for _ in $(seq "$RUNS"); do
        start=$(now_ms)
        java -jar "$JAR" "$@" >/dev/null
        echo $(( $(now_ms) - start ))
    done | summary
}

serve_times() { # the path to wait for, and the data directory
    for _ in $(seq "$RUNS"); do
        start=$(now_ms)
        java -jar "$JAR" serve --port "$PORT" --data "$2" >/dev/null 2>&1 &
        pid=$!
        until curl -fs -o /dev/null "http://localhost:$PORT$1"; do sleep 0.005; done
        echo $(( $(now_ms) - start ))
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done | summary
}

java -jar "$JAR" --version >/dev/null # warm the file cache
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1)"
echo "--version:               $(command_times --version)"
echo "catalog search pdsa:     $(command_times catalog search pdsa)"
echo "serve, first page:       $(serve_times / "$DATA/data")"
java -jar "$JAR" always-events demo --data "$DATA/demo" --chart "$DATA/chart.svg" >/dev/null
echo "serve, first /projects:  $(serve_times /projects "$DATA/demo")"
