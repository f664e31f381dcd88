#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for N executions each, from the seed corpora and
# dictionaries, and prints each target's executions and outcome.
#
#   fuzz/run.sh [-n RUNS] [target ...]     (default: 1000000 runs, all targets)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain (`cargo +nightly`; set
# FUZZ_TOOLCHAIN to use another, e.g. FUZZ_TOOLCHAIN= with RUSTC_BOOTSTRAP=1 on stable).
# SANITIZER defaults to `none`: the code under test forbids `unsafe`, so the address sanitizer
# would mostly slow the search down; `SANITIZER=address fuzz/run.sh` turns it on.
# New corpus entries go to fuzz/corpus/<target>/, crashes to fuzz/artifacts/<target>/ (both
# ignored by git); copy a crash into fuzz/regressions/<target>/ and tests/regressions.rs replays it.
set -euo pipefail

runs=1000000
while getopts "n:" opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))

cd "$(dirname "$0")"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(response error command datetime rest_json_response json_reader xml_reader query_response ec2_response rest_xml_response xml_writer event_stream cbor_response)
fi
toolchain="${FUZZ_TOOLCHAIN-+nightly}"
sanitizer="${SANITIZER:-none}"

cargo $toolchain fuzz build -s "$sanitizer"

status=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    log="artifacts/$target/run.log"
    started=$(date +%s)
    set +e
    cargo $toolchain fuzz run -s "$sanitizer" "$target" "corpus/$target" "seeds/$target" -- \
        -runs="$runs" -dict="dict/$target.dict" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 >"$log" 2>&1
    code=$?
    set -e
    elapsed=$(( $(date +%s) - started ))
    execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
    if [ "$code" -eq 0 ]; then
        outcome="ok"
    else
        outcome="FAILED (exit $code; see fuzz/$log and fuzz/artifacts/$target/)"
        status=1
    fi
    summary+=("$(printf '%-18s %12s %6ss  %s' "$target" "${execs:-?}" "$elapsed" "$outcome")")
    echo "${summary[-1]}"
done

echo
echo "target               executions    time  outcome"
printf '%s\n' "${summary[@]}"
exit "$status"
