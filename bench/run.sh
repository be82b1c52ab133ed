#!/usr/bin/env bash
# The figures of docs/performance.md, each as a ratio measured in this one run on this machine:
#   start-up    `./chuyenhoa evaluate` on one sample against a bare JVM printing one line (wall time, peak RSS);
#   throughput  the library on one warm thread, plan 45-KH-BCD-2023 in batches, against a hand-written
#               evaluator of the same criteria (JMH);
#   review      `chuyenhoa review` of 10 000 generated areas against one `evaluate`;
#   suggestions `chuyenhoa validate` of a 1 MiB file of unknown facts (the bounded "did you mean") against one
#               `evaluate`.
# Timings are medians of runs interleaved with their baseline, so that the load of the moment weighs on both.
#
# Usage: bench/run.sh [--runs N] [--skip-jmh]
#   --runs N     runs of each start-up and review timing (default 15; review takes a third of them)
#   --skip-jmh   leave out the throughput figure (about a minute)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

runs=15
jmh=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --skip-jmh) jmh=no; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--skip-jmh]" >&2; exit 2 ;;
  esac
done

cli_jar=cli/target/chuyenhoa.jar
bench_jar=bench/target/benchmarks.jar
sample=samples/tra-vinh-2023/phuong-5.json
work=bench/target/run
mkdir -p "$work"

# Build when a jar is missing or a source is newer than it.
if [ ! -f "$bench_jar" ] || [ ! -f "$cli_jar" ] || [ -n "$(find pom.xml engine rules cli bench -path '*/target' -prune \
    -o -type f \( -newer "$bench_jar" -o -newer "$cli_jar" \) -print -quit)" ]; then
  echo "building…" >&2
  ./mvnw -q -B -DskipTests package >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 4; }
fi

# The bare JVM: a class that prints one line, compiled now.
mkdir -p "$work/hello"
printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("Hello");\n    }\n}\n' \
  >"$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
hello=(java -cp "$work/hello" Hello)
evaluate=(./chuyenhoa evaluate "$sample")

# The first run of the launcher makes its class-data archive; it is not what an analyst waits for each day.
"${evaluate[@]}" >/dev/null

# Milliseconds of one run of a command, its output discarded.
wall_ms() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || true
  local end=$EPOCHREALTIME
  echo $(( (${end/./} - ${start/./}) / 1000 ))
}

# Peak resident set of one run, in KiB.
peak_kib() {
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/rss"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'
}

group() {  # 169452 → 169 452
  awk -v n="$1" 'BEGIN { s = sprintf("%d", n); out = "";
    while (length(s) > 3) { out = " " substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'
}

verdict() {  # verdict VALUE OP LIMIT
  awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = op == "<=" ? v <= l : v >= l; print ok ? "met" : "NOT met" }'
}

cores=$(nproc)
memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
jdk=$(java -version 2>&1 | sed -n 2p)
echo "machine    $cores cores, $memory, $jdk"
echo "load       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"

# 1. Start-up: wall and peak memory, interleaved with the bare JVM.
: >"$work/hello.ms"
: >"$work/evaluate.ms"
for _ in $(seq "$runs"); do
  wall_ms "${hello[@]}" >>"$work/hello.ms"
  wall_ms "${evaluate[@]}" >>"$work/evaluate.ms"
done
hello_ms=$(median <"$work/hello.ms")
evaluate_ms=$(median <"$work/evaluate.ms")
startup=$(ratio "$evaluate_ms" "$hello_ms")
echo "start-up   ${evaluate[*]}: ${evaluate_ms} ms, bare JVM (java Hello): ${hello_ms} ms" \
  "→ ${startup}× (target ≤ 5×: $(verdict "$startup" "<=" 5)); medians of $runs"
if [ -x /usr/bin/time ]; then
  : >"$work/hello.kib"
  : >"$work/evaluate.kib"
  for _ in 1 2 3; do
    peak_kib "${hello[@]}" >>"$work/hello.kib"
    peak_kib "${evaluate[@]}" >>"$work/evaluate.kib"
  done
  hello_mib=$(( $(median <"$work/hello.kib") / 1024 ))
  evaluate_mib=$(( $(median <"$work/evaluate.kib") / 1024 ))
  echo "memory     peak RSS ${evaluate_mib} MiB, bare JVM ${hello_mib} MiB" \
    "→ $(ratio "$evaluate_mib" "$hello_mib")× (target ≤ 100 MiB: $(verdict "$evaluate_mib" "<=" 100))"
else
  echo "memory     skipped: no /usr/bin/time to measure the peak resident set"
fi

# 2. Throughput: JMH, one thread, one fork, the areas of GeneratedAreas in batches of 1 000.
if [ "$jmh" = yes ]; then
  java -jar "$bench_jar" 'EvaluationBenchmark\.(ruleSet|ruleSetBatch|handWritten)$' \
    -f 1 -t 1 -wi 5 -w 2s -i 5 -r 2s -rf csv -rff "$work/jmh.csv" >"$work/jmh.log" 2>&1 \
    || { cat "$work/jmh.log" >&2; exit 4; }
  score() {
    awk -F, -v name="\"vn.chuyenhoa.bench.EvaluationBenchmark.$1\"" '$1 == name { printf "%.0f", $5 }' "$work/jmh.csv"
  }
  batch=$(score ruleSetBatch)
  single=$(score ruleSet)
  hand=$(score handWritten)
  slower=$(ratio "$hand" "$batch")
  echo "throughput plan 45-KH-BCD-2023, one thread: $(group "$batch") areas/s in batches of 1 000 (target ≥ 250 000:" \
    "$(verdict "$batch" ">=" 250000)), $(group "$single")/s one by one; hand-written $(group "$hand")/s" \
    "→ ${slower}× slower (aim ≤ 10×: $(verdict "$slower" "<=" 10)); JMH log: $work/jmh.log"
else
  echo "throughput skipped (--skip-jmh)"
fi

# 3. Review of 10 000 areas against one evaluate, both as java -jar.
if java -jar "$cli_jar" --help 2>/dev/null | grep -qE '^  review( |$)'; then
  areas="$work/review-areas"
  if [ "$(find "$areas" -name '*.json' 2>/dev/null | wc -l)" -ne 10000 ]; then
    rm -rf "$areas"
    java -cp "$bench_jar" vn.chuyenhoa.bench.AreaFiles "$areas" 10000
  fi
  # The whole of what an analyst gets: the summary printed and the HTML report written.
  review=(java -jar "$cli_jar" review --html "$work/so-ket.html" --overwrite "$areas")
  one=(java -jar "$cli_jar" evaluate "$sample")
  # Every generated area is valid: exit 0, 1 or 3 (by outcomes), never 2 (invalid input) or 4.
  code=0
  "${review[@]}" >"$work/review.out" 2>"$work/review.err" || code=$?
  if [ "$code" -eq 2 ] || [ "$code" -gt 3 ]; then
    echo "review     failed with exit code $code (see $work/review.err)" >&2
    exit 4
  fi
  : >"$work/review.ms"
  : >"$work/one.ms"
  for _ in $(seq $(( (runs + 2) / 3 ))); do
    wall_ms "${one[@]}" >>"$work/one.ms"
    wall_ms "${review[@]}" >>"$work/review.ms"
  done
  review_ms=$(median <"$work/review.ms")
  one_ms=$(median <"$work/one.ms")
  review_ratio=$(ratio "$review_ms" "$one_ms")
  echo "review     java -jar $cli_jar review (10 000 areas): $(group "$review_ms") ms, one evaluate: ${one_ms} ms" \
    "→ ${review_ratio}× (target ≤ 2×: $(verdict "$review_ratio" "<=" 2))"
else
  echo "review     skipped: this build has no \`chuyenhoa review\` command (issue 7); the figure appears once it has"
fi
# 4. "Did you mean": validate of files of unknown facts against one evaluate, both as java -jar. The issue's file (4 800
# facts of 200 letters, 1 MiB) took 8.5 s before the search was bounded; 20 000 facts as long as the catalog's names
# are the bounded search's worst case. Suggestions.PER_FILE searches per file, each in the band of its tolerance.
one=(java -jar "$cli_jar" evaluate "$sample")
for shape in "4800 200" "20000 45"; do
  set -- $shape
  keys="$work/unknown-$1-$2.json"
  [ -f "$keys" ] || java -cp "$bench_jar" vn.chuyenhoa.bench.UnknownFacts "$keys" "$1" "$2"
  validate=(java -jar "$cli_jar" validate "$keys")
  : >"$work/validate.ms"
  : >"$work/one.ms"
  for _ in $(seq $(( (runs + 2) / 3 ))); do
    wall_ms "${one[@]}" >>"$work/one.ms"
    wall_ms "${validate[@]}" >>"$work/validate.ms"
  done
  validate_ms=$(median <"$work/validate.ms")
  one_ms=$(median <"$work/one.ms")
  suggest_ratio=$(ratio "$validate_ms" "$one_ms")
  echo "suggestions validate of $(group "$1") unknown facts of $2 letters ($(( $(wc -c <"$keys") / 1024 )) KiB):" \
    "$(group "$validate_ms") ms, one evaluate: ${one_ms} ms → ${suggest_ratio}× (aim ≤ 5×: $(verdict "$suggest_ratio" "<=" 5))"
done
echo "load       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
