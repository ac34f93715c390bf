#!/usr/bin/env bash
# Start-up time of the Spring Boot sample to its first answer, on Boot 4.0 and on Boot 3.5, measured
# as whole processes, as a trust's service starts:
#   1. java -version                                   (the JVM's own start: the baseline)
#   2. java -jar <sample> until GET /api/catalog/search?q=films answers (profile memory, so no
#      database is needed; the first search builds the catalogue's index)
# Prints the median, lowest and highest of RUNS runs of each (default 11), in milliseconds, and each
# median as a ratio to the baseline. Needs curl. Build the jars first:
#   ./mvnw -q package -DskipTests && examples/spring-boot-sample/scripts/startup-times.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-11}
PORT=${PORT:-18181}
BOOT4=examples/spring-boot-sample/target/coproduction-spring-boot-sample.jar
BOOT3=examples/spring-boot-3-sample/target/coproduction-spring-boot-3-sample.jar

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%d %d %d %d\n", m, v[1], v[NR], NR }'; }

baseline_times() {
    for _ in $(seq "$RUNS"); do
        start=$(now_ms); java -version >/dev/null 2>&1; echo $(( $(now_ms) - start ))
    done | median
}

first_answer_times() { # the jar
    for _ in $(seq "$RUNS"); do
        start=$(now_ms)
        java -jar "$1" --server.port="$PORT" --spring.profiles.active=memory --logging.level.root=warn >/dev/null 2>&1 &
        pid=$!
        until curl -fs -o /dev/null "http://localhost:$PORT/api/catalog/search?q=films"; do
            kill -0 "$pid" 2>/dev/null || { echo "the sample stopped: run it by hand to see why" >&2; exit 1; }
            sleep 0.01
        done
        echo $(( $(now_ms) - start ))
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done | median
}

show() { # label, "median lowest highest runs", baseline median
    read -r m lo hi n <<<"$2"
    awk -v l="$1" -v m="$m" -v lo="$lo" -v hi="$hi" -v n="$n" -v b="$3" \
        'BEGIN { printf "%-28s median %d ms (lowest %d, highest %d, %d runs), %.1fx the baseline\n", l, m, lo, hi, n, m / b }'
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1)"
base=$(baseline_times)
read -r bm _ <<<"$base"
show "java -version (baseline)" "$base" "$bm"
show "Boot 4.0.7, first search" "$(first_answer_times "$BOOT4")" "$bm"
show "Boot 3.5.7, first search" "$(first_answer_times "$BOOT3")" "$bm"
