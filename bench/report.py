#!/usr/bin/env python3
"""The table of bench/run.sh from its raw.txt: `report.py RAW N_SMALL N_LARGE` (run.sh calls it;
run it again by hand to redo the table from a kept raw.txt)."""
import re, statistics, sys
raw, n_small, n_large = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = open(raw).read().splitlines()
meta = dict(l.split("=", 1) for l in lines if re.match(r"^[a-z0-9_]+=", l) and " " not in l.split("=", 1)[0])
def fields(text):
    return {k: v for k, v in re.findall(r"(\w+)=(\S+)", text)}
names = ["ours", "peer_sigv4", "peer_sigv4a", "ours_reqwest"]
# Those the runtime table needs; `ours_reqwest` (REQWEST=0 skips it) has a table of its own.
runs = {n: {"c1": {}, "c64": []} for n in names}
ir = {n: {} for n in names}
builds = {}
micro = []
s3 = {}  # (client, op) -> the fields of each run
s3_bodies = {}  # (client, op) -> how the stand-in saw its bodies
for l in lines:
    parts = l.split(" ", 2)
    if parts[0] == "s3" and len(parts) == 3:
        op, rest = (parts[2].split(" ", 1) + [""])[:2]
        if op.endswith("_body"):
            s3_bodies[(parts[1], op[:-5])] = rest
        else:
            s3.setdefault((parts[1], op), []).append(fields(rest))
    elif parts[0] in names and parts[1] == "callgrind":
        f = fields(parts[2])
        if "ir" in f:
            ir[parts[0]][int(f["n"])] = int(f["ir"])
    elif parts[0] in names and parts[1] == "c1":
        f = fields(parts[2]); runs[parts[0]]["c1"].setdefault(int(f["N"]), []).append(f)
    elif parts[0] in names and parts[1] == "c64":
        runs[parts[0]]["c64"].append(fields(parts[2]))
    elif parts[0] in names and parts[1].startswith("auth="):
        runs[parts[0]]["auth"] = parts[1][5:]
    elif parts[0] == "micro":
        micro.append((parts[1].split("/", 1)[-1], parts[2]))
    elif parts[0] in ("user-minimal", "peer-client", "user-s3", "peer-s3"):
        builds[parts[0]] = fields(l)
def med(rs, key):
    return statistics.median(float(r[key]) for r in rs)
def cpu(rs):
    return statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rs)
# The runtime phase (RUNTIME=0 skips it): its table only if every client ran.
ran = {n for n in names if runs[n]["c1"].get(n_small) and runs[n]["c1"].get(n_large) and runs[n]["c64"]}
runtime = {"ours", "peer_sigv4", "peer_sigv4a"} <= ran
m = {}
for n in [n for n in names if n in ran] if runtime else []:
    c1s, c1l, c64 = runs[n]["c1"][n_small], runs[n]["c1"][n_large], runs[n]["c64"]
    m[n] = {
        "ir": (ir[n][1200] - ir[n][200]) / 1000 if len(ir[n]) == 2 else float("nan"),
        "cpu": cpu(c1l) / n_large * 1e6,
        "cpu_marginal": (cpu(c1l) - cpu(c1s)) / (n_large - n_small) * 1e6,
        "rps1": med(c1l, "rps"), "p50_1": med(c1l, "p50_us"), "p99_1": med(c1l, "p99_us"),
        "rps64": med(c64, "rps"), "p50_64": med(c64, "p50_us"), "p99_64": med(c64, "p99_us"),
        "rss": max(float(r["maxrss_kb"]) for r in c1s + c1l + c64) / 1024,
    }
if runtime and "user-minimal" in builds:
    m["ours"]["build"] = float(builds["user-minimal"]["build_s"]); m["ours"]["units"] = builds["user-minimal"]["units"]
    m["ours"]["size"] = int(builds["user-minimal"]["stripped_bytes"]) / 2**20
    m["peer_sigv4"]["build"] = float(builds["peer-client"]["build_s"]); m["peer_sigv4"]["units"] = builds["peer-client"]["units"]
    m["peer_sigv4"]["size"] = int(builds["peer-client"]["stripped_bytes"]) / 2**20
rows = [
    ("instructions / request (callgrind, marginal 200→1200)", "ir", "{:,.0f}", "<=", 0.33),
    (f"CPU µs / request, C=1 (user+sys / {n_large:,})", "cpu", "{:.1f}", "<=", 0.5),
    (f"CPU µs / request, C=1, marginal {n_small:,}→{n_large:,}", "cpu_marginal", "{:.1f}", None, None),
    ("requests/s, C=1", "rps1", "{:,.0f}", None, None),
    ("p50 / p99 µs, C=1", ("p50_1", "p99_1"), "{:.0f}", None, None),
    ("requests/s, C=64", "rps64", "{:,.0f}", ">=", 2.0),
    ("p50 / p99 µs, C=64", ("p50_64", "p99_64"), "{:.0f}", None, None),
    ("peak RSS MiB", "rss", "{:.1f}", "<=", 1.0),
]
if runtime and "user-minimal" in builds:
    rows += [
        ("clean release build s (compile units)", "build", "{:.0f}", "<=", 0.5),
        ("stripped binary MiB", "size", "{:.2f}", "<=", 0.4),
    ]
def cell(n, key, fmt):
    if isinstance(key, tuple):
        return " / ".join(fmt.format(m[n][k]) for k in key)
    if key not in m[n]:
        return "(same binary)" if key in ("build", "size") else "-"
    text = fmt.format(m[n][key])
    if key == "build":
        text += f" ({m[n]['units']})"
    return text
print(f"Measured {meta['date']} on {meta['machine']}; {meta['rustc']}.")
print(f"Load average (1/5/15 min) at start {meta['load_start']}, at end {meta['load_end']}.")
if runtime:
    print("Signing algorithm seen by the server: " + ", ".join(f"{n} {runs[n].get('auth', '?')}" for n in names if n in m) + ".")
    print()
    print("| | ours | AWS SDK, SigV4 | AWS SDK, SigV4a (default) | ours / SDK SigV4 | goal |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
for label, key, fmt, op, goal in rows if runtime else []:
    ratio, verdict = "", ""
    if not isinstance(key, tuple) and key in m["peer_sigv4"]:
        r = m["ours"][key] / m["peer_sigv4"][key]
        ratio = f"{r:.2f}x"
        if op:
            ok = r <= goal if op == "<=" else r >= goal
            verdict = f"{op} {goal}x: {'met' if ok else 'NOT met'}"
    print(f"| {label} | {cell('ours', key, fmt)} | {cell('peer_sigv4', key, fmt)} | {cell('peer_sigv4a', key, fmt)} | {ratio} | {verdict} |")
if runtime and "ours_reqwest" in m:
    print()
    print("Our client over its two HTTP clients: the runtime's own (hyper) and the reqwest adapter "
          "(`http_client::ReqwestClient`, reqwest 0.12), same run:")
    print()
    print("| | ours (hyper) | ours (reqwest) | reqwest / hyper | reqwest / SDK SigV4 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, key, fmt, _, _ in rows:
        if key in ("build", "size"):
            continue
        ratios = ["", ""]
        if not isinstance(key, tuple):
            ratios = [f"{m['ours_reqwest'][key] / m['ours'][key]:.2f}x", f"{m['ours_reqwest'][key] / m['peer_sigv4'][key]:.2f}x"]
        print(f"| {label} | {cell('ours', key, fmt)} | {cell('ours_reqwest', key, fmt)} | {ratios[0]} | {ratios[1]} |")
if micro:
    print()
    print("Micro-benchmarks of one CreateChannelHandshake (criterion, median): " +
          ", ".join(f"{name} {time}" for name, time in micro) + ".")
if "user-s3" in builds and "peer-s3" in builds:
    ours, peer = builds["user-s3"], builds["peer-s3"]
    print()
    print("S3 user crates: PutObject, GetObject and ListObjectsV2 by hand (user-s3) and with aws-sdk-s3 (peer-s3).")
    print()
    print("| | user-s3 | peer-s3 | user-s3 / peer-s3 | goal |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, key, scale, fmt, goal in [
        ("clean release build s (compile units)", "build_s", 1, "{:.0f}", 0.25),
        ("stripped binary MiB", "stripped_bytes", 2**20, "{:.2f}", 0.35),
    ]:
        a, b = float(ours[key]) / scale, float(peer[key]) / scale
        cells = [fmt.format(a), fmt.format(b)]
        if key == "build_s":
            cells = [f"{cells[0]} ({ours['units']})", f"{cells[1]} ({peer['units']})"]
        r = a / b
        print(f"| {label} | {cells[0]} | {cells[1]} | {r:.2f}x | <= {goal}x: {'met' if r <= goal else 'NOT met'} |")
if s3:
    size = int(meta.get("s3_size", 2**30))
    small_n = int(meta.get("s3_small_n", 0))
    gib = size / 2**30
    size_text = f"{gib:g} GiB" if size >= 2**30 else f"{size / 2**20:g} MiB"
    def s3_med(client, op, value):
        rs = s3.get((client, op), [])
        return statistics.median(value(r) for r in rs) if rs else float("nan")
    def s3_cpu(r):
        return float(r["user_s"]) + float(r["sys_s"])
    print()
    print(f"S3 throughput against the loopback stand-in (bench/s3-stand-in), ours (aws-operation-s3) and the SDK "
          f"({meta.get('s3_peer_crates', 'aws-sdk-s3')}), median of {max(len(v) for v in s3.values())} run(s); "
          f"MiB/s over the operation's own time, CPU (user+sys) and peak RSS of the whole client process.")
    print()
    print("| | ours | SDK | ours / SDK | goal |")
    print("| --- | ---: | ---: | ---: | --- |")
    s3_rows = []
    for op, label in [("get", f"GetObject {size_text}"), ("put", f"PutObject {size_text}"),
                      ("upload", f"transfer upload {size_text}"), ("download", f"transfer download {size_text}")]:
        s3_rows += [
            (f"{label}: MiB/s", op, lambda r: float(r["mib_s"]), "{:,.0f}", ">=", 1.0),
            (f"{label}: CPU s / GiB", op, lambda r: s3_cpu(r) / (int(r["bytes"]) / 2**30), "{:.3f}", "<=", 0.6),
            (f"{label}: peak RSS MiB", op, lambda r: int(r["maxrss_kb"]) / 1024, "{:.1f}", "<=", 1.0),
        ]
    s3_rows += [
        ("small objects (1 KiB) C=64: PUT requests/s", "small", lambda r: float(r["put_rps"]), "{:,.0f}", ">=", 2.0),
        ("small objects (1 KiB) C=64: GET requests/s", "small", lambda r: float(r["get_rps"]), "{:,.0f}", ">=", 2.0),
        ("small objects (1 KiB) C=64: CPU µs / request", "small",
         lambda r: s3_cpu(r) / (2 * int(r["N"])) * 1e6, "{:.1f}", None, None),
        ("small objects (1 KiB) C=64: peak RSS MiB", "small", lambda r: int(r["maxrss_kb"]) / 1024, "{:.1f}", None, None),
    ]
    busy = lambda r: float(r["server_cpu_s"]) / float(r["process_wall_s"])
    for label, op, value, fmt, cmp, goal in s3_rows:
        a, b = s3_med("ours", op, value), s3_med("peer", op, value)
        r = a / b if b else float("nan")
        verdict = ""
        if cmp:
            ok = r <= goal if cmp == "<=" else r >= goal
            verdict = f"{cmp} {goal}x: {'met' if ok else 'NOT met'}"
        # A rate the stand-in could not serve faster: its core was (nearly) full for both clients.
        least_busy = min(s3_med("ours", op, busy), s3_med("peer", op, busy))
        if label.endswith("MiB/s") and least_busy >= 0.85:
            verdict += f" (the stand-in's core {least_busy:.0%} busy: its bound)"
        print(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {r:.2f}x | {verdict} |")
    print()
    if all("op_cpu_s" in r for op in ["get", "put", "upload", "download"] for c in ["ours", "peer"] for r in s3.get((c, op), [{}])):
        op_cpu = lambda r: float(r["op_cpu_s"]) / (int(r["bytes"]) / 2**30)
        print("CPU s / GiB of the operation alone (from its first request to its last byte, /proc/self/stat, 10 ms "
              "ticks): " + "; ".join(f"{op} ours {s3_med('ours', op, op_cpu):.3f}, SDK {s3_med('peer', op, op_cpu):.3f}"
                                      for op in ["get", "put", "upload", "download"]) + ".")
        print()
    print("The stand-in's CPU while each client ran, as a share of its one core (over the client process's wall time): " +
          "; ".join(f"{op} ours {s3_med('ours', op, busy):.0%}, SDK {s3_med('peer', op, busy):.0%}"
                    for op in ["get", "put", "upload", "download", "small"] if (("ours", op) in s3)) + ".")
    if s3_bodies:
        print()
        print("Request bodies as the stand-in saw them (the last request of each):")
        order = ["put", "upload", "small"]
        for (client, op), how in sorted(s3_bodies.items(), key=lambda kv: (kv[0][0] != "ours", order.index(kv[0][1]))):
            print(f"- {'ours' if client == 'ours' else 'SDK'} {op}: `{how}`")
