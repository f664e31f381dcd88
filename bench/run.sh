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
#     CreateChannelHandshake (skip with MICRO=0);
#   - S3 throughput (skip with S3_THROUGHPUT=0): bench/s3-ours (aws-operation-s3 and its
#     Transfer helper) and bench/s3-peer (aws-sdk-s3 and aws-sdk-s3-transfer-manager) against the
#     loopback stand-in bench/s3-stand-in: one GetObject and one PutObject of S3_SIZE bytes
#     (default 1 GiB, a file of random bytes in ${TMPDIR:-/tmp}, removed at exit), the
#     transfer helpers' upload and download of it (parts of 8 MiB, 8 in flight), and S3_SMALL_N
#     (default 20,000) PUTs then GETs of 1 KiB objects, 64 in flight: wall time, user+sys CPU and
#     peak RSS of each client process (median of REPEAT runs), and the stand-in's CPU meanwhile.
# The CreateChannelHandshake figures above (callgrind, C=1, C=64) are the runtime phase: skip it
# with RUNTIME=0, e.g. `BUILD_TIMES=0 MICRO=0 REPEAT=1 RUNTIME=0 bash bench/run.sh` for the S3
# phase alone.
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
runtime=${RUNTIME:-1}
# Our client over the reqwest adapter too (skip with REQWEST=0).
reqwest=${REQWEST:-1}
s3_throughput=${S3_THROUGHPUT:-1}
s3_size=${S3_SIZE:-1073741824}
s3_small_n=${S3_SMALL_N:-20000}
mkdir -p "$out"
rm -f "$out"/raw.txt "$out"/callgrind.*
raw=$out/raw.txt

say() { printf '== %s\n' "$*" >&2; }
record() { printf '%s\n' "$*" >>"$raw"; }
# Whatever is still running or lying around at exit: the servers and the S3 phase's files.
server_pid="" s3_pid="" s3_dir=""
cleanup() {
    for pid in $server_pid $s3_pid; do kill "$pid" 2>/dev/null || true; done
    if [ -n "$s3_dir" ]; then rm -rf "$s3_dir"; fi
}
trap cleanup EXIT

for tool in cargo taskset valgrind python3 strip; do
    command -v "$tool" >/dev/null || { echo "run.sh needs $tool" >&2; exit 1; }
done

record "date=$(date -u +%Y-%m-%dT%H:%MZ)"
record "machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
record "rustc=$(rustc --version)"
record "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"

# Other work on the machine preempts less a server and clients that run at a higher priority.
prio=""
if [ "$(id -u)" = 0 ]; then prio="nice -n -20"; fi
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

if [ "$runtime" = 1 ]; then
    # ---- the runtime phase: build ------------------------------------------------------------
    say "building (release)"
    cargo build --quiet --release --manifest-path "$here/Cargo.toml" -p stub-server -p peer-client -p user-minimal
    # Our example in a target directory of its own, with symbols for callgrind (the main workspace
    # strips release binaries).
    CARGO_PROFILE_RELEASE_STRIP=false cargo build --quiet --release --manifest-path "$root/Cargo.toml" \
        --example bench_client --target-dir "$here/target/main"
    # The same client over the reqwest adapter, in a target directory of its own too.
    if [ "$reqwest" = 1 ]; then
        CARGO_PROFILE_RELEASE_STRIP=false cargo build --quiet --release --manifest-path "$root/Cargo.toml" \
            --example bench_client --features reqwest --target-dir "$here/target/main-reqwest"
    fi
    server_bin=$here/target/release/stub-server
    ours_bin=$here/target/main/release/examples/bench_client
    ours_reqwest_bin=$here/target/main-reqwest/release/examples/bench_client
    peer_bin=$here/target/release/peer-client

    # ---- the stub server ----------------------------------------------------------------------
    server_log=$out/server.txt
    server_auth=$out/server-auth.txt
    $prio taskset -c "$server_cpu" "$server_bin" 0 3600 >"$server_log" 2>"$server_auth" &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q '^listening on ' "$server_log" 2>/dev/null && break
        sleep 0.05
    done
    endpoint=$(sed -n 's/^listening on //p' "$server_log")
    [ -n "$endpoint" ] || { echo "the stub server did not start" >&2; exit 1; }
    say "stub server at $endpoint on cpu $server_cpu; clients on cpu $client_cpu"

    # client NAME -> the client's binary and its environment.
    client_bin() {
        case $1 in
            ours) echo "$ours_bin" ;;
            ours_reqwest) echo "$ours_reqwest_bin" ;;
            peer_sigv4 | peer_sigv4a) echo "$peer_bin" ;;
        esac
    }
    client_env() {
        case $1 in
            peer_sigv4) echo "AWS_AUTH_SCHEME_PREFERENCE=sigv4" ;;
            ours_reqwest) echo "BENCH_HTTP_CLIENT=reqwest" ;;
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
    [ "$reqwest" = 1 ] && clients+=(ours_reqwest)
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
fi

# ---- S3 throughput ----------------------------------------------------------------------------
if [ "$s3_throughput" = 1 ]; then
    say "S3 throughput: building (release)"
    cargo build --quiet --release --manifest-path "$here/Cargo.toml" -p s3-stand-in -p s3-ours -p s3-peer
    s3_bin() {
        case $1 in
            ours) echo "$here/target/release/s3-ours" ;;
            peer) echo "$here/target/release/s3-peer" ;;
        esac
    }
    record "s3_size=$s3_size"
    record "s3_small_n=$s3_small_n"
    record "s3_peer_crates=$(awk '/^name = "aws-sdk-s3(-transfer-manager)?"$/ {n = $3; getline; printf "%s%s %s", sep, n, $3; sep = ", "}' "$here/Cargo.lock" | tr -d '"')"
    # The object to put and upload, and the downloads' directory; removed at the end (and at exit).
    s3_dir=$(mktemp -d "${TMPDIR:-/tmp}/s3-bench.XXXXXX")
    s3_file=$s3_dir/object
    mkdir "$s3_dir/downloads"
    say "S3 throughput: $s3_size random bytes in $s3_file"
    head -c "$s3_size" /dev/urandom >"$s3_file"
    s3_log=$out/s3-stand-in.txt
    s3_bodies=$out/s3-stand-in-bodies.txt
    $prio taskset -c "$server_cpu" "$here/target/release/s3-stand-in" 0 3600 >"$s3_log" 2>"$s3_bodies" &
    s3_pid=$!
    for _ in $(seq 100); do
        grep -q '^listening on ' "$s3_log" 2>/dev/null && break
        sleep 0.05
    done
    s3_endpoint=$(sed -n 's/^listening on //p' "$s3_log")
    [ -n "$s3_endpoint" ] || { echo "the S3 stand-in did not start" >&2; exit 1; }
    say "S3 stand-in at $s3_endpoint on cpu $server_cpu; clients on cpu $client_cpu"
    # As rusage_py, and the process's wall time and the CPU the stand-in spent meanwhile.
    s3_rusage_py='
import os, resource, subprocess, sys, time
stat = "/proc/" + os.environ["S3_STAND_IN_PID"] + "/stat"
def server_cpu():
    fields = open(stat).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
before, start = server_cpu(), time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
wall, server = time.monotonic() - start, server_cpu() - before
if done.returncode != 0:
    sys.exit(f"{sys.argv[1:]} failed with {done.returncode}")
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(done.stdout.strip(), f"user_s={r.ru_utime:.6f} sys_s={r.ru_stime:.6f} maxrss_kb={r.ru_maxrss}",
      f"process_wall_s={wall:.4f} server_cpu_s={server:.2f}")
'
    # Rounds of both clients in turn for each measurement, so that a change in the machine's
    # load falls on both.
    for i in $(seq "$repeat"); do
        for op in get put upload download small; do
            for name in ours peer; do
                case $op in
                    get) args=("$s3_size") ;;
                    put | upload) args=("$s3_file") ;;
                    download) args=("$s3_size" "$s3_dir/downloads") ;;
                    small) args=("$s3_small_n" 64) ;;
                esac
                say "S3 $name: $op ($i/$repeat)"
                # shellcheck disable=SC2086
                line=$(S3_STAND_IN_PID=$s3_pid $prio taskset -c "$client_cpu" \
                    python3 -c "$s3_rusage_py" "$(s3_bin "$name")" "$op" "$s3_endpoint" "${args[@]}")
                record "s3 $name $op $line"
                rm -f "$s3_dir"/downloads/*
                # How this client's bodies came, as the stand-in saw the last of them.
                if [ "$i" = 1 ] && [ "$op" != get ] && [ "$op" != download ]; then
                    record "s3 $name ${op}_body $(tail -n 1 "$s3_bodies")"
                fi
            done
        done
    done
    kill "$s3_pid" 2>/dev/null || true
    rm -rf "$s3_dir"
fi

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
