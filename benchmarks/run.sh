#!/usr/bin/env bash
# Builds the benchmarks and runs the short configuration (about 10 minutes on 2 cores), writing the
# JMH JSON of each group and a markdown summary with SDK/raw ratios to benchmarks/results/<time>/.
#
#   benchmarks/run.sh            the short configuration documented in docs/BENCHMARKS.md
#   QUICK=1 benchmarks/run.sh    a smoke run (1 short iteration each), to check the set-up only
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks -am package -DskipTests

JAR=benchmarks/target/benchmarks.jar
OUT="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

# HTTP benchmarks: 2 warm-up iterations of 2 s, 3 measured of 3 s, one fork.
HTTP=(-f 1 -wi 2 -w 2s -i 3 -r 3s)
# CPU-only benchmarks are steadier: shorter iterations.
CPU=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
if [[ "${QUICK:-0}" == "1" ]]; then
  HTTP=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  CPU=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
fi

{
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  java -version 2>&1
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

jmh() { # name, then JMH arguments
  local name=$1
  shift
  echo "== $name: java -jar $JAR $*" | tee -a "$OUT/commands.txt"
  java -jar "$JAR" "$@" -prof gc -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 \
    || { tail -50 "$OUT/$name.log"; exit 1; }
  grep -E '^[A-Z][A-Za-z]+Benchmark\.[a-zA-Z0-9]+ ' "$OUT/$name.log" | grep -v ':' || true
}

# The routine signed GET, blocking, at 1, 16 and 64 caller threads: latency (p50/p99; the mean
# gives the throughput, threads / mean), and at 16 threads, the target's, throughput as well, with
# the SDK's signed call read into the baseline's plain records too (the transport's cost alone).
for t in 1 16 64; do
  jmh "get-sample-t$t" 'GetBenchmark\.((sdk|raw)Get|sdkTransportPlainModel)$' -t "$t" -bm sample -tu us "${HTTP[@]}"
done
jmh get-thrpt-t16 'GetBenchmark\.((sdk|raw)Get|sdkTransportPlainModel)$' -t 16 -bm thrpt -tu s "${HTTP[@]}"
# SDK and raw callers at the same time (JMH thread groups): a shared machine's load hits both alike.
jmh head-to-head 'HeadToHeadBenchmark' -bm thrpt -tu s "${HTTP[@]}"
# The same read through the async API: one caller keeping 16 calls in flight.
jmh get-async 'GetBenchmark\.(sdk|raw)GetAsync$' -t 1 -bm thrpt -tu s "${HTTP[@]}"
# Payments, both tiers, against the RSA-2048 baseline: 4 blocking callers, then async (16 in flight).
jmh pay-thrpt-t4 'PaymentBenchmark\.(sdk|raw)Pay$' -t 4 -bm thrpt -tu s "${HTTP[@]}"
jmh pay-async 'PaymentBenchmark\.(sdk|raw)PayAsync$' -t 1 -bm thrpt -tu s "${HTTP[@]}"
# The citizen-overview fan-out against the in-process sandbox: the SDK's overview (every
# department's reads at once) against the same five blocking reads in sequence, healthy and with
# every department 50 ms slow (average time, ms).
jmh overview 'OverviewBenchmark' -t 1 "${HTTP[@]}"
# Cryptography alone, and JSON alone.
jmh crypto 'CryptoBenchmark' -t 1 "${CPU[@]}"
jmh json 'JsonBenchmark' -t 1 "${CPU[@]}"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
python3 benchmarks/summarize.py "$OUT" | tee "$OUT/summary.md"
echo "results: $OUT"
