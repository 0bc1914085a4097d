# Sourced by run-engine.sh and run-launch.sh with their options: the benchmark stack's (-Dbench.*)
# go to stack_args, every other one to run_args. Also defines await_stack, which both use.
stack_args=()
run_args=()
for arg in "$@"; do
  case "$arg" in
    -Dbench.*) stack_args+=("$arg") ;;
    *) run_args+=("$arg") ;;
  esac
done

# await_stack DATA_DIR LOG PID: returns once the stack started in the background as PID has written
# DATA_DIR/READY; exits the script, printing the stack's log, if it ends first or takes over 300 s.
# CI keeps nothing but what was printed, and the log names the cause: its last lines before Maven's
# own report of the failed command.
await_stack() {
  local data=$1 log=$2 pid=$3
  for _ in $(seq 300); do
    [ -f "$data/READY" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the stack exited; from $log:" >&2
      sed '/^\[ERROR\] Command execution failed/,$d' "$log" | tail -n 40 >&2
      exit 1
    fi
    sleep 1
  done
  echo "the stack was not ready within 300 s; the end of $log:" >&2
  tail -n 40 "$log" >&2
  exit 1
}
