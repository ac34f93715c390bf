#!/usr/bin/env bash
# The memory serve holds under load and after it, as the process's resident set (RSS, from
# /proc), for issue 14's "memory under the same load before and after":
#   20 clients for LOAD_SECONDS (default 25), each on one kept-alive connection, each looping over
#   the demonstration project's page, a catalogue search and a measurement recorded through the
#   JSON API (a project of its own per client); then the RSS 40 seconds after the load.
# Prints the RSS at start, the highest RSS sampled once a second under load, and the RSS after.
# Any JVM options after the jar are passed to java, to compare settings on one machine:
#   ./mvnw -q package -DskipTests && examples/coproduction-app/scripts/memory-under-load.sh
#   examples/coproduction-app/scripts/memory-under-load.sh JAR -Xmx256m
# Needs python3 (standard library only) and Linux's /proc.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${1:-examples/coproduction-app/target/coproduction-app.jar}
shift || true
PORT=${PORT:-18095}
LOAD_SECONDS=${LOAD_SECONDS:-25}
DATA=$(mktemp -d)
java "$@" -jar "$JAR" serve --port "$PORT" --data "$DATA/data" > "$DATA/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
    curl -fs "http://localhost:$PORT/api" > /dev/null 2>&1 && break
    sleep 0.1
done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status"; }
echo "RSS at start: $(rss) MB"
python3 - "$PORT" "$LOAD_SECONDS" <<'PY' &
import http.client, json, sys, threading, time
port, seconds = int(sys.argv[1]), float(sys.argv[2])
def post(c, path, body):
    c.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    r = c.getresponse(); r.read(); return r.status
def client(n):
    c = http.client.HTTPConnection("localhost", port)
    project = "load-%d" % n
    post(c, "/api/projects", {"id": project, "title": "Calls home", "organisation": "Load NHS Trust",
                              "areaOfFocus": "Ward 7", "startedOn": "2024-01-08"})
    version, period, end = 1, 0, time.time() + seconds
    while time.time() < end:
        for path in ("/projects/humber-contact", "/catalogue?q=always+events"):
            c.request("GET", path); c.getresponse().read()
        period += 1
        if post(c, "/api/projects/%s/measurements" % project, {"expectedVersion": version,
                "period": "w-%d" % period, "numerator": 1, "denominator": 2}) == 201:
            version += 1
c = http.client.HTTPConnection("localhost", port)
post(c, "/api/projects/load-demonstration", {})
threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
for t in threads: t.start()
for t in threads: t.join()
PY
LOAD=$!
PEAK=0
while kill -0 "$LOAD" 2>/dev/null; do
    NOW=$(rss); [ "$NOW" -gt "$PEAK" ] && PEAK=$NOW
    sleep 1
done
echo "highest RSS under load: $PEAK MB"
sleep 40
echo "RSS 40 s after the load: $(rss) MB"
