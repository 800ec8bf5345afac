#!/usr/bin/env bash
# Builds the benchmarks and runs the configuration documented in docs/BENCHMARKS.md (about 14
# minutes on 2 quiet cores), writing the JMH JSON of each group, the cold-start and footprint figures and a
# markdown summary with SDK/raw ratios to benchmarks/results/<time>/.
#
#   benchmarks/run.sh            the configuration documented in docs/BENCHMARKS.md
#   QUICK=1 benchmarks/run.sh    a smoke run (1 short iteration each), to check the set-up only
#   SKIP_BUILD=1 benchmarks/run.sh   reuse benchmarks/target/benchmarks.jar as it is
#
# The loopback platform runs in a JVM of its own (PlatformProcess), pinned to the last CPU; the
# client's JVM is pinned to the others, so the client CPU per call (ClientCpuProfiler: the client
# JVM's process CPU time over an iteration / operations) is the client's alone.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null 2>&1 || { echo "hyperfine is needed for the cold-start runs (Debian: apt-get install hyperfine)"; exit 1; }
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi

JAR=benchmarks/target/benchmarks.jar
OUT="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

CPUS=$(nproc)
CLIENT_PIN=()
SERVER_PIN=()
if command -v taskset >/dev/null 2>&1 && [[ "$CPUS" -ge 2 ]]; then
  CLIENT_PIN=(taskset -c "0-$((CPUS - 2))")
  SERVER_PIN=(taskset -c "$((CPUS - 1))")
fi

# The single-caller HTTP benchmarks that decide the targets (GET by page size, payments): 5 warm-up
# iterations of 5 s, so the JIT has compiled the call path before measuring (with 2 x 2 s, C2 was
# still compiling the SDK's larger call path in the measured iterations, and the client CPU per call
# counts the compiler threads), then 3 measured of 3 s, one fork.
HTTP=(-f 1 -wi 5 -w 5s -i 3 -r 3s)
# Many callers warm up the same code faster: 3 warm-up iterations of 3 s.
HTTP_MANY=(-f 1 -wi 3 -w 3s -i 3 -r 3s)
# The overview (ms per call, the in-process sandbox) is no target: the short configuration.
OVERVIEW=(-f 1 -wi 2 -w 2s -i 3 -r 3s)
# CPU-only benchmarks are steadier: shorter iterations.
CPU=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
RUNS=10
if [[ "${QUICK:-0}" == "1" ]]; then
  HTTP=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  HTTP_MANY=("${HTTP[@]}")
  OVERVIEW=("${HTTP[@]}")
  CPU=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  RUNS=2
fi

{
  echo "nproc: $CPUS"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "client pinned: ${CLIENT_PIN[*]:-no}; platform pinned: ${SERVER_PIN[*]:-no}"
  java -version 2>&1
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

jmh() { # name, then JMH arguments
  local name=$1
  shift
  echo "== $name: ${CLIENT_PIN[*]} java -jar $JAR $*" | tee -a "$OUT/commands.txt"
  "${CLIENT_PIN[@]}" java -jar "$JAR" "$@" -prof gc -prof io.cityservices.benchmarks.ClientCpuProfiler \
    -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 || { tail -50 "$OUT/$name.log"; exit 1; }
  grep -E '^[A-Z][A-Za-z]+Benchmark\.[a-zA-Z0-9]+ ' "$OUT/$name.log" | grep -v ':' || true
}

# How cost grows with the body, one caller: a 1-item page (the fixed per-call cost), the routine
# 50-item page, a 500-item page (signatures and digests are linear in bytes).
jmh get-items 'GetBenchmark\.(sdk|raw)Get$' -p items=1,50,500 -t 1 -bm thrpt -tu s "${HTTP[@]}"
# How cost grows with callers: 16 and 64 threads on the 50-item page.
for t in 16 64; do
  jmh "get-t$t" 'GetBenchmark\.(sdk|raw)Get$' -t "$t" -bm thrpt -tu s "${HTTP_MANY[@]}"
done
# One caller keeping 16 calls in flight through the async API.
jmh get-async 'GetBenchmark\.(sdk|raw)GetAsync$' -t 1 -bm thrpt -tu s "${HTTP_MANY[@]}"
# Payments, both tiers, against the WeChat-Pay-style RSA-2048 baseline; one caller.
jmh pay 'PaymentBenchmark\.(sdk|raw)Pay$' -t 1 -bm thrpt -tu s "${HTTP[@]}"
# The citizen-overview fan-out against the in-process sandbox (ms per overview).
jmh overview 'OverviewBenchmark' -t 1 "${OVERVIEW[@]}"
# Cryptography alone.
jmh crypto 'CryptoBenchmark' -t 1 "${CPU[@]}"

# Cold start: JVM start to the first call's result, a small SDK program against the raw OkHttp +
# Jackson one, against a platform process, with and without an AppCDS archive of each.
coproc PLATFORM { "${SERVER_PIN[@]}" java -cp "$JAR" io.cityservices.benchmarks.LoopbackPlatform 4 50; }
read -r _ready url _key <&"${PLATFORM[0]}"
for side in sdk raw; do
  java -XX:ArchiveClassesAtExit="$OUT/$side.jsa" -cp "$JAR" io.cityservices.benchmarks.ColdStart "$side" "$url" \
    > /dev/null 2>&1
  classes=$(java -Xlog:class+load=info -cp "$JAR" io.cityservices.benchmarks.ColdStart "$side" "$url" | grep -c 'class,load')
  echo "$side classes loaded: $classes" | tee -a "$OUT/coldstart.txt"
done
hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$OUT/coldstart.json" \
  -n sdk "${CLIENT_PIN[*]} java -cp $JAR io.cityservices.benchmarks.ColdStart sdk $url" \
  -n raw "${CLIENT_PIN[*]} java -cp $JAR io.cityservices.benchmarks.ColdStart raw $url" \
  -n sdk-appcds "${CLIENT_PIN[*]} java -XX:SharedArchiveFile=$OUT/sdk.jsa -cp $JAR io.cityservices.benchmarks.ColdStart sdk $url" \
  -n raw-appcds "${CLIENT_PIN[*]} java -XX:SharedArchiveFile=$OUT/raw.jsa -cp $JAR io.cityservices.benchmarks.ColdStart raw $url" \
  | tee -a "$OUT/coldstart.txt"
kill "$PLATFORM_PID" 2>/dev/null || true

# Memory of idle clients.
java -cp "$JAR" io.cityservices.benchmarks.IdleFootprint | tee "$OUT/footprint.txt"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
python3 benchmarks/summarize.py "$OUT" | tee "$OUT/summary.md"
echo "results: $OUT"
