# Sourced by run-engine.sh and run-launch.sh with their options: the benchmark stack's (-Dbench.*)
# go to stack_args, every other one to run_args.
stack_args=()
run_args=()
for arg in "$@"; do
  case "$arg" in
    -Dbench.*) stack_args+=("$arg") ;;
    *) run_args+=("$arg") ;;
  esac
done
