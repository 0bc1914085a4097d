#!/usr/bin/env bash
# The engine comparison on a fresh benchmark stack, end to end: installs the modules, starts the
# stack (PostgreSQL, the Temporal dev server on a SQLite file or in memory, the sandbox, the API, two
# worker processes that also run the minimal and classic sagas), waits for READY, runs
# exec:exec@engine (Box Office, the minimal saga, the classic saga) and stops the stack. Loopback
# only; bounded; stops by itself.
#
#   loadtest/run-engine.sh                  # file: the dev server as the embedded default runs it
#   loadtest/run-engine.sh memory           # in memory: the engine's upper bound on this machine
#   loadtest/run-engine.sh file -Dengine.concurrency=16 -Dengine.rounds=3    # any -Dengine.*
#   loadtest/run-engine.sh file -Dbench.sqlitePragmas=journal_mode=wal,synchronous=off
#   loadtest/run-engine.sh memory '-Dbench.dynamicConfig=system.enableActivityEagerExecution=true'
#
# -Dbench.* go to the stack, everything else to the comparison. Everything lands in
# loadtest/target/engine-<mode>/: stack.log, engine.log and report.md. Exits non-zero if the stack
# does not start or the comparison fails. Run it as a user PostgreSQL accepts (not root), with the
# temporal CLI on the PATH or in /opt/boxoffice-tools/bin.
set -euo pipefail
mode=file
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  mode=$1
  shift
fi
case "$mode" in
  file | memory) ;;
  *) echo "usage: $0 [file|memory] [-Dengine.*=...] [-Dbench.*=...]" >&2; exit 2 ;;
esac
# shellcheck source=bench-args.sh
source "$(dirname "$0")/bench-args.sh" "$@"
cd "$(dirname "$0")/.."
repo=$(pwd)
export PATH="$PATH:/opt/boxoffice-tools/bin"
mvn=("$repo/mvnw" -B -q)
out="$repo/loadtest/target/engine-$mode"
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

echo "== starting the benchmark stack, dev server $mode (log: $out/stack.log)"
# Lifetime: a crashed script never leaves the stack holding the machine for more than this; a
# -Dbench.lifetime given to the script comes after it, and wins.
"${mvn[@]}" -pl loadtest exec:exec@stack -Dbench.workers=2 -Dbench.lifetime=PT45M \
  -Dbench.temporalDb="$mode" -Dbench.dataDir="$stack_data" ${stack_args[@]+"${stack_args[@]}"} \
  >"$out/stack.log" 2>&1 &
mvn_pid=$!
await_stack "$stack_data" "$out/stack.log" "$mvn_pid"
stack_pid=$(sed -n 2p "$stack_data/READY")
echo "== stack ready (pid $stack_pid; Temporal: $(sed -n 3p "$stack_data/READY"))"

echo "== the engine comparison (log: $out/engine.log)"
status=0
"${mvn[@]}" -pl loadtest exec:exec@engine -Dengine.reportDir="$out" \
  -Dengine.stackDir="$stack_data" ${run_args[@]+"${run_args[@]}"} 2>&1 \
  | tee "$out/engine.log" || status=1
echo "== report: $out/report.md"
exit $status
