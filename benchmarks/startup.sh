#!/usr/bin/env bash
# Measures the time from JVM start to the first result of
#   new ScriptEngineManager().getEngineByName("python").eval("1+1")
# in a fresh JVM, ten times, and prints the best and the median (milliseconds). Two clocks:
# "in-process" is from the JVM's start time (RuntimeMXBean) to the result; "process" is the
# whole `java` command, from fork to exit, as a user waits for it.
# Usage: benchmarks/startup.sh [runs]   (builds cli/target/krait.jar through bin/krait if stale)
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-10}"
jar="$root/cli/target/krait.jar"
"$root/bin/krait" -c 'pass' >/dev/null   # builds the jar when it is missing or stale

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/Startup.java" <<'JAVA'
import java.lang.management.ManagementFactory;
import javax.script.ScriptEngineManager;

/** Prints the result of 1+1 through JSR-223 and the milliseconds since the JVM started. */
public class Startup {
  public static void main(String[] args) throws Exception {
    Object r = new ScriptEngineManager().getEngineByName("python").eval("1+1");
    long now = System.currentTimeMillis();
    if (!Integer.valueOf(2).equals(r)) {
      throw new AssertionError("1+1 gave " + r);
    }
    System.out.println(now - ManagementFactory.getRuntimeMXBean().getStartTime());
  }
}
JAVA
javac -d "$work" -cp "$jar" "$work/Startup.java"

inside=()
whole=()
for ((i = 0; i < runs; i++)); do
  t0=$(date +%s%N)
  ms=$(java -cp "$jar:$work" Startup)
  t1=$(date +%s%N)
  inside+=("$ms")
  whole+=($(( (t1 - t0) / 1000000 )))
done

stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "best %d ms, median %s ms", v[1], m }'
}
echo "JVM start to first result of eval(\"1+1\") through JSR-223, $runs runs:"
echo "  in-process: $(printf '%s\n' "${inside[@]}" | stats)"
echo "  process:    $(printf '%s\n' "${whole[@]}" | stats)"
echo "  ($(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg))"
