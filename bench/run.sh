#!/usr/bin/env bash
# The figures of docs/performance.md, each as a ratio measured in this one run on this machine:
#   start-up    `./chuyenhoa evaluate` on one sample against a bare JVM printing one line (wall time, peak RSS);
#   throughput  the library on one warm thread, plan 45-KH-BCD-2023 in batches, against a hand-written
#               evaluator of the same criteria (JMH);
#   review      `chuyenhoa review` of 10 000 generated areas against one `evaluate`;
#   suggestions `chuyenhoa validate` of a 1 MiB file of unknown facts (the bounded "did you mean") against one
#               `evaluate`.
#   server      `chuyenhoa serve` under wrk on loopback: start-up to its first answer; POST /v1/evaluate with a sample
#               at 1, 16 and 64 connections (requests/s, p50, p99, non-2xx, peak RSS); POST /v1/evaluate/batch with
#               1 000 generated areas a request (areas/s, against the library's batch figure);
#   archives    when ./mvnw -Prelease package has made them (dist/target/release): each release archive unpacked
#               here, its launcher's first run (which makes the class-data archive) and then `bin/chuyenhoa evaluate`
#               on one sample against the bare JVM; the Linux archive with its own runtime, the zip with `java`.
# Timings are medians of runs interleaved with their baseline, so that the load of the moment weighs on both.
#
# Usage: bench/run.sh [--runs N] [--skip-jmh] [--skip-server] [--skip-archives] [--seconds S]
#   --runs N       runs of each start-up and review timing (default 15; review takes a third of them)
#   --skip-jmh     leave out the throughput figure (about a minute)
#   --skip-server  leave out the server's figures (about two minutes)
#   --skip-archives  leave out the release archives' figures
#   --seconds S    how long wrk loads the server for each figure (default 15, after a warm-up as long)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

runs=15
jmh=yes
server=yes
archives=yes
seconds=15
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --skip-jmh) jmh=no; shift ;;
    --skip-server) server=no; shift ;;
    --skip-archives) archives=no; shift ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--runs N] [--skip-jmh] [--skip-server] [--skip-archives] [--seconds S]" >&2; exit 2 ;;
  esac
done

cli_jar=cli/target/chuyenhoa.jar
bench_jar=bench/target/benchmarks.jar
sample=samples/tra-vinh-2023/phuong-5.json
work=bench/target/run
mkdir -p "$work"

# Build when a jar is missing or a source is newer than it.
if [ ! -f "$bench_jar" ] || [ ! -f "$cli_jar" ] || [ -n "$(find pom.xml engine rules server cli bench -path '*/target' -prune \
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

# 5. The server, through the launcher (its JVM flags for serve), loaded by wrk on the same two cores.
if [ "$server" = yes ]; then
  if ! command -v wrk >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing wrk…" >&2
    { apt-get update -qq && apt-get install -y -qq wrk; } >"$work/wrk-install.log" 2>&1 || true
  fi
  if ! command -v wrk >/dev/null || ! command -v curl >/dev/null; then
    echo "server     skipped: no wrk (Debian's package wrk) or no curl to load the server with"
  else
    port=$(( 20000 + RANDOM % 20000 ))
    url="http://127.0.0.1:$port"
    start=$EPOCHREALTIME
    ./chuyenhoa serve --port "$port" >"$work/serve.log" 2>&1 &
    serve_pid=$!
    trap 'kill "$serve_pid" 2>/dev/null || true' EXIT
    # Start-up to the first answer: a plan list (the server is up; rule sets are built in the background).
    for _ in $(seq 1000); do
      curl -sf -o /dev/null "$url/v1/plans" && break
      sleep 0.005
    done
    first=$(( (${EPOCHREALTIME/./} - ${start/./}) / 1000 ))
    until curl -sf -o /dev/null "$url/health"; do
      kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "server     did not start" >&2; exit 4; }
      sleep 0.05
    done
    echo "server     ./chuyenhoa serve: first answer ${first} ms after launch (target well under 1 000 ms:" \
      "$(verdict "$first" "<=" 1000))"
    post() {  # post LUA FILE CONTENT-TYPE: a wrk script that POSTs FILE's bytes
      printf 'local f = assert(io.open("%s", "rb"))\nwrk.method = "POST"\nwrk.headers["Content-Type"] = "%s"\nwrk.body = f:read("*a")\nf:close()\n' \
        "$PWD/$2" "$3" >"$1"
    }
    post "$work/evaluate.lua" "$sample" application/json
    wrk -t1 -c16 -d"${seconds}s" -s "$work/evaluate.lua" "$url/v1/evaluate" >/dev/null  # warm-up: the JIT
    field() {  # field NAME OUTPUT-FILE: a figure of wrk's report, latencies in ms
      awk -v name="$1" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        name == "rps" && $1 == "Requests/sec:" { printf "%.0f", $2 }
        name == "p50" && $1 == "50%" { printf "%.2f", ms($2) }
        name == "p99" && $1 == "99%" { printf "%.2f", ms($2) }
        name == "non2xx" && /Non-2xx/ { print $NF; found = 1 }
        END { if (name == "non2xx" && !found) print 0 }' "$2"
    }
    for connections in 1 16 64; do
      wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$work/evaluate.lua" "$url/v1/evaluate" \
        >"$work/wrk-$connections.txt"
      rps=$(field rps "$work/wrk-$connections.txt")
      p99=$(field p99 "$work/wrk-$connections.txt")
      line="evaluate   $connections connection(s): $(group "$rps") requests/s, p50 $(field p50 "$work/wrk-$connections.txt") ms,"
      line+=" p99 $p99 ms, non-2xx $(field non2xx "$work/wrk-$connections.txt")"
      if [ "$connections" = 16 ]; then
        line+=" (targets ≥ 5 000/s: $(verdict "$rps" ">=" 5000), p99 ≤ 10 ms: $(verdict "$p99" "<=" 10))"
      fi
      echo "$line"
    done
    # 1 000 generated areas (plan 45-KH-BCD-2023, as the library's batch figure) as one JSON array.
    areas="$work/batch-areas"
    if [ "$(find "$areas" -name '*.json' 2>/dev/null | wc -l)" -ne 1000 ]; then
      rm -rf "$areas"
      java -cp "$bench_jar" vn.chuyenhoa.bench.AreaFiles "$areas" 1000
    fi
    { printf '['; sep=''; for file in "$areas"/*.json; do printf '%s' "$sep"; cat "$file"; sep=','; done; printf ']'; } \
      >"$work/batch.json"
    post "$work/batch.lua" "$work/batch.json" application/json
    wrk -t1 -c2 -d"${seconds}s" -s "$work/batch.lua" "$url/v1/evaluate/batch" >/dev/null
    wrk -t1 -c2 -d"${seconds}s" --latency -s "$work/batch.lua" "$url/v1/evaluate/batch" >"$work/wrk-batch.txt"
    batch_areas=$(( $(field rps "$work/wrk-batch.txt") * 1000 ))
    line="batch      1 000 areas a request, 2 connections: $(group "$batch_areas") areas/s (target ≥ 20 000:"
    line+=" $(verdict "$batch_areas" ">=" 20000)), non-2xx $(field non2xx "$work/wrk-batch.txt")"
    if [ "$jmh" = yes ]; then
      line+=", $(awk -v a="$batch_areas" -v b="$batch" 'BEGIN { printf "%.0f", 100 * a / b }') % of the library's batch"
      line+=" ($(group "$batch") areas/s on one thread)"
    fi
    echo "$line"
    rss_mib=$(( $(awk '/VmHWM/ { print $2 }' "/proc/$serve_pid/status") / 1024 ))
    echo "server     peak RSS ${rss_mib} MiB (target ≤ 256 MiB: $(verdict "$rss_mib" "<=" 256))"
    kill -TERM "$serve_pid"
    wait "$serve_pid" || true
    trap - EXIT
  fi
fi
# 5. The release archives' launchers, as an office runs them: unpacked, a cache of their own, no repository.
release=dist/target/release
if [ "$archives" = yes ] && [ -n "$(find "$release" -name 'chuyenhoa-*-linux-x64.tar.gz' 2>/dev/null)" ]; then
  unpacked="$work/archives"
  rm -rf "$unpacked"
  mkdir -p "$unpacked/linux" "$unpacked/zip" "$unpacked/home-linux" "$unpacked/home-zip"
  tar -xzf "$(find "$release" -name 'chuyenhoa-*-linux-x64.tar.gz' | head -1)" -C "$unpacked/linux"
  unzip -q "$(find "$release" -name 'chuyenhoa-*.zip' | head -1)" -d "$unpacked/zip"
  for kind in linux zip; do
    launcher=$(echo "$unpacked/$kind"/chuyenhoa-*/bin/chuyenhoa)
    size=$(du -sk "$unpacked/$kind" | cut -f1)
    one=(env HOME="$unpacked/home-$kind" "$launcher" evaluate "$sample")
    first=$(wall_ms "${one[@]}")  # makes the class-data archive in $HOME/.cache/chuyenhoa
    : >"$work/archive-$kind.ms"
    : >"$work/archive-hello.ms"
    for _ in $(seq "$runs"); do
      wall_ms "${hello[@]}" >>"$work/archive-hello.ms"
      wall_ms "${one[@]}" >>"$work/archive-$kind.ms"
    done
    kind_ms=$(median <"$work/archive-$kind.ms")
    base_ms=$(median <"$work/archive-hello.ms")
    echo "archive    $kind ($(( size / 1024 )) MiB unpacked): bin/chuyenhoa evaluate ${kind_ms} ms, bare JVM ${base_ms} ms" \
      "→ $(ratio "$kind_ms" "$base_ms")×; first run (making the class-data archive) ${first} ms; medians of $runs"
  done
else
  echo "archives   skipped: none in $release (./mvnw -Prelease package makes them) or --skip-archives"
fi
echo "load       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
