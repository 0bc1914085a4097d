#!/usr/bin/env bash
# The launch benchmark on this machine, end to end, as BENCHMARKS.md reports it: installs the
# modules, starts the benchmark stack (PostgreSQL, the Temporal dev server, the sandbox and the API,
# two worker processes), plays the launch with Gatling, runs the invariant checker, stops the stack
# and saves the Gatling report's latency plots. Loopback only; bounded; stops by itself.
#
#   loadtest/run-launch.sh smoke            # about 3 minutes: what CI runs
#   loadtest/run-launch.sh full             # the launch, then the engine comparison (Box Office,
#                                           # the minimal and classic sagas) on the same stack
#   loadtest/run-launch.sh full -Dlaunch.rampTo=150   # any LaunchSize field, as -Dlaunch.*
#   loadtest/run-launch.sh full -Dbench.apiGc=-XX:+UseSerialGC   # -Dbench.* go to the stack
#
# Exits non-zero if the stack does not start, the simulation fails, or an invariant is violated.
# Run it as a user PostgreSQL accepts (not root), with the temporal CLI on the PATH or in
# /opt/boxoffice-tools/bin.
set -euo pipefail
size=${1:-smoke}
shift || true
# shellcheck source=bench-args.sh
source "$(dirname "$0")/bench-args.sh" "$@"
cd "$(dirname "$0")/.."
repo=$(pwd)
export PATH="$PATH:/opt/boxoffice-tools/bin"
mvn=("$repo/mvnw" -B -q)
out="$repo/loadtest/target/launch-$size"
stack_data="$repo/loadtest/target/bench-stack"
rm -rf "$out"
mkdir -p "$out"

echo "== installing the modules (tests skipped: this measures, README's test command tests)"
"${mvn[@]}" install -DskipTests

stack_pid=""
stop_stack() {
  if [ -n "$stack_pid" ] && kill -0 "$stack_pid" 2>/dev/null; then
    echo "== stopping the stack (pid $stack_pid)"
    kill -TERM "$stack_pid"
    for _ in $(seq 60); do kill -0 "$stack_pid" 2>/dev/null || break; sleep 1; done
  fi
  [ -n "${mvn_pid:-}" ] && wait "$mvn_pid" 2>/dev/null || true
}
trap stop_stack EXIT

echo "== starting the benchmark stack (log: $out/stack.log)"
# Lifetime: a crashed script never leaves the stack holding the machine for more than this.
# -Dbench.* given to the script come after these defaults, and win.
"${mvn[@]}" -pl loadtest exec:exec@stack -Dbench.workers=2 -Dbench.lifetime=PT45M \
  ${stack_args[@]+"${stack_args[@]}"} >"$out/stack.log" 2>&1 &
mvn_pid=$!
await_stack "$stack_data" "$out/stack.log" "$mvn_pid"
stack_pid=$(sed -n 2p "$stack_data/READY")
echo "== stack ready (pid $stack_pid)"

echo "== the launch, size $size (log: $out/gatling.log)"
status=0
"${mvn[@]}" -pl loadtest gatling:test -Dlaunch.size="$size" ${run_args[@]+"${run_args[@]}"} 2>&1 \
  | tee "$out/gatling.log" \
  || status=1

echo "== the invariant checker"
"${mvn[@]}" -pl loadtest exec:exec@check 2>&1 | tee "$out/checker.log" || status=1

if [ "$size" != smoke ]; then
  echo "== the engine comparison on the same stack (log: $out/engine.log)"
  "${mvn[@]}" -pl loadtest exec:exec@engine -Dengine.reportDir="$out/engine" 2>&1 \
    | tee "$out/engine.log" || status=1
fi

report=$(ls -dt "$repo"/loadtest/target/gatling/launchsimulation-*/ 2>/dev/null | head -1)
if [ -n "$report" ] && [ -d "$repo/local/src/test/browser/node_modules/playwright-core" ]; then
  node "$repo/local/src/test/browser/plot-gatling.mjs" --report "$report" \
    --request 'POST /v1/checkouts' --request 'GET /v1/events/{id}' --out "$out/plots/launch" \
    || echo "(the plots could not be drawn)"
fi
echo "== Gatling report: ${report:-none}; summary, checker and plots: $out"
exit $status
