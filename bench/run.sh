#!/usr/bin/env bash
# The benchmark of issue 6, in one command: `bash bench/run.sh` (from anywhere in the repository).
#
# Builds the stub server, our client (examples/bench_client.rs), the AWS SDK's (peer-client) and
# the minimal user crate, then measures, with the server and the clients pinned to different
# cores (taskset; SERVER_CPU and CLIENT_CPU, default 1 and 0):
#   - instructions per request: valgrind callgrind, marginal between N=200 and N=1200 at C=1;
#   - CPU per request: user+sys of the client process / N at C=1, and the marginal cost between
#     N=N_SMALL and N=N_LARGE (rusage, microsecond resolution);
#   - requests/s and p50/p99 latency at C=1 and C=64 (median of REPEAT runs), peak RSS;
#   - clean release build time and stripped size of user-minimal and peer-client, and of user-s3
#     and peer-s3 (PutObject, GetObject and ListObjectsV2 by hand / with aws-sdk-s3), each in a
#     fresh target directory after `cargo fetch` (skip with BUILD_TIMES=0);
#   - the criterion micro-benchmarks of bench/micro: validate, serialize, sign and decode of one
#     CreateChannelHandshake (skip with MICRO=0).
# Clients: ours (SigV4), the SDK with AWS_AUTH_SCHEME_PREFERENCE=sigv4, and the SDK as it comes
# (SigV4a, which the service's endpoint rules list first). Ratios are ours / the SDK's SigV4.
#
# Writes bench/target/report/{report.md,raw.txt} and the callgrind profiles beside them (with
# callgrind.<client>.per-request-*.txt: instructions per request by function, from cgdiff.py),
# and prints the report (report.py). Everything talks to 127.0.0.1 only; the server stops by itself after an
# hour and is stopped at exit.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
out=${BENCH_OUT:-$here/target/report}
server_cpu=${SERVER_CPU:-1}
client_cpu=${CLIENT_CPU:-0}
n_small=${N_SMALL:-2000}
n_large=${N_LARGE:-20000}
n_c64=${N_C64:-20000}
repeat=${REPEAT:-3}
build_times=${BUILD_TIMES:-1}
mkdir -p "$out"
rm -f "$out"/raw.txt "$out"/callgrind.*
raw=$out/raw.txt

say() { printf '== %s\n' "$*" >&2; }
record() { printf '%s\n' "$*" >>"$raw"; }

for tool in cargo taskset valgrind python3 strip; do
    command -v "$tool" >/dev/null || { echo "run.sh needs $tool" >&2; exit 1; }
done

record "date=$(date -u +%Y-%m-%dT%H:%MZ)"
record "machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
record "rustc=$(rustc --version)"
record "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- build ------------------------------------------------------------------------------------
say "building (release)"
cargo build --quiet --release --manifest-path "$here/Cargo.toml" -p stub-server -p peer-client -p user-minimal
# Our example in a target directory of its own, with symbols for callgrind (the main workspace
# strips release binaries).
CARGO_PROFILE_RELEASE_STRIP=false cargo build --quiet --release --manifest-path "$root/Cargo.toml" \
    --example bench_client --target-dir "$here/target/main"
server_bin=$here/target/release/stub-server
ours_bin=$here/target/main/release/examples/bench_client
peer_bin=$here/target/release/peer-client

# ---- the stub server --------------------------------------------------------------------------
# Other work on the machine preempts less a server and clients that run at a higher priority.
prio=""
if [ "$(id -u)" = 0 ]; then prio="nice -n -20"; fi
server_log=$out/server.txt
server_auth=$out/server-auth.txt
$prio taskset -c "$server_cpu" "$server_bin" 0 3600 >"$server_log" 2>"$server_auth" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q '^listening on ' "$server_log" 2>/dev/null && break
    sleep 0.05
done
endpoint=$(sed -n 's/^listening on //p' "$server_log")
[ -n "$endpoint" ] || { echo "the stub server did not start" >&2; exit 1; }
say "stub server at $endpoint on cpu $server_cpu; clients on cpu $client_cpu"

# The clients' whole configuration: static keys and the region from the environment, no files.
export AWS_ACCESS_KEY_ID=AKIDBENCHEXAMPLE AWS_SECRET_ACCESS_KEY=bench-secret-access-key AWS_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL \
    AWS_AUTH_SCHEME_PREFERENCE AWS_DEFAULT_REGION 2>/dev/null || true

# Runs a client under getrusage; prints its line followed by `user_s=.. sys_s=.. maxrss_kb=..`.
rusage_py='
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
if done.returncode != 0:
    sys.exit(f"{sys.argv[1:]} failed with {done.returncode}")
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(done.stdout.strip(), f"user_s={r.ru_utime:.6f} sys_s={r.ru_stime:.6f} maxrss_kb={r.ru_maxrss}")
'

# client NAME -> the client's binary and its environment.
client_bin() {
    case $1 in
        ours) echo "$ours_bin" ;;
        peer_sigv4 | peer_sigv4a) echo "$peer_bin" ;;
    esac
}
client_env() {
    case $1 in
        peer_sigv4) echo "AWS_AUTH_SCHEME_PREFERENCE=sigv4" ;;
        *) echo "BENCH_CLIENT=$1" ;;
    esac
}
# run NAME CMD...: CMD with the client's environment, on the client's core.
run() {
    local name=$1
    shift
    # shellcheck disable=SC2086
    env "$(client_env "$name")" $prio taskset -c "$client_cpu" "$@"
}

clients=(ours peer_sigv4 peer_sigv4a)
for name in "${clients[@]}"; do
    say "$name: callgrind at N=200 and N=1200"
    for n in 200 1200; do
        file=$out/callgrind.$name.$n.out
        run "$name" valgrind --tool=callgrind --callgrind-out-file="$file" \
            "$(client_bin "$name")" "$endpoint" "$n" 1 >/dev/null 2>"$out/callgrind.$name.$n.log"
        record "$name callgrind n=$n ir=$(sed -n 's/^summary: *//p' "$file")"
    done
    # The algorithm the server saw last: this client's.
    record "$name $(tail -n 1 "$server_auth")"
    python3 "$here/cgdiff.py" "$out/callgrind.$name.200.out" "$out/callgrind.$name.1200.out" 1000 --inclusive 60 \
        >"$out/callgrind.$name.per-request-inclusive.txt" || true
    python3 "$here/cgdiff.py" "$out/callgrind.$name.200.out" "$out/callgrind.$name.1200.out" 1000 40 \
        >"$out/callgrind.$name.per-request-self.txt" || true
done
# Rounds of every client in turn, so that a change in the machine's load falls on all of them.
for i in $(seq "$repeat"); do
    for name in "${clients[@]}"; do
        bin=$(client_bin "$name")
        for n in $n_small $n_large; do
            say "$name: N=$n C=1 ($i/$repeat)"
            record "$name c1 $(run "$name" python3 -c "$rusage_py" "$bin" "$endpoint" "$n" 1)"
        done
        say "$name: N=$n_c64 C=64 ($i/$repeat)"
        record "$name c64 $(run "$name" python3 -c "$rusage_py" "$bin" "$endpoint" "$n_c64" 64)"
    done
done
kill "$server_pid" 2>/dev/null || true

# ---- micro-benchmarks -------------------------------------------------------------------------
if [ "${MICRO:-1}" = 1 ]; then
    say "criterion micro-benchmarks"
    $prio taskset -c "$client_cpu" cargo bench --quiet --manifest-path "$here/Cargo.toml" -p micro -- \
        --warm-up-time 1 --measurement-time 3 2>/dev/null >"$out/micro.txt"
    # `create_channel_handshake/sign` then `time:   [low median high]`: keep the median.
    awk '/^create_channel_handshake\// {name = $1} /time:/ && name {print "micro " name " " $4 $5; name = ""}' \
        "$out/micro.txt" >>"$raw"
fi

# ---- clean builds -----------------------------------------------------------------------------
if [ "$build_times" = 1 ]; then
    say "cargo fetch"
    cargo fetch --quiet --manifest-path "$here/Cargo.toml"
    for pkg in user-minimal peer-client user-s3 peer-s3; do
        dir=$(mktemp -d "${TMPDIR:-/tmp}/bench-build.XXXXXX")
        say "clean release build of $pkg in $dir"
        record "load_before_build_$pkg=$(cut -d' ' -f1-3 /proc/loadavg)"
        start=$(date +%s.%N)
        cargo build --release --offline --manifest-path "$here/Cargo.toml" -p "$pkg" --target-dir "$dir" 2>"$dir.log"
        end=$(date +%s.%N)
        units=$(grep -c '^ *Compiling ' "$dir.log" || true)
        cp "$dir/release/$pkg" "$dir/stripped"
        strip "$dir/stripped"
        record "$pkg build_s=$(awk "BEGIN {print $end - $start}") units=$units stripped_bytes=$(stat -c %s "$dir/stripped")"
        rm -rf "$dir" "$dir.log"
    done
fi
record "load_end=$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- report -----------------------------------------------------------------------------------
python3 "$here/report.py" "$raw" "$n_small" "$n_large" >"$out/report.md"
cat "$out/report.md"
