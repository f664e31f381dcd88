#!/usr/bin/env python3
"""Per-request instructions by function: the difference of two callgrind profiles of the same
client (N=1200 minus N=200) divided by the difference in N, so that one-time costs (startup,
regex compilation, the connection) drop out.

usage: cgdiff.py SMALL.out LARGE.out N_DIFF [--inclusive] [TOP]"""
import re, subprocess, sys

def table(path, inclusive):
    args = ["callgrind_annotate", "--threshold=100", "--auto=no", f"--inclusive={'yes' if inclusive else 'no'}", path]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    out = {}
    for line in text.splitlines():
        m = re.match(r"^\s*([\d,]+)\s+\([ \d.]+%\)\s+(.*)$", line)
        if m and "PROGRAM TOTALS" not in m.group(2):
            name = re.sub(r"\s+\[[^\]]*\]$", "", m.group(2))
            name = re.sub(r"^.*?:(?=[^:/]*(::|$))", "", name, count=0) if name.startswith("???:") else name
            name = name.replace("???:", "")
            out[name] = out.get(name, 0) + int(m.group(1).replace(",", ""))
    return out

def main():
    small, large, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    inclusive = "--inclusive" in sys.argv
    rest = [a for a in sys.argv[4:] if not a.startswith("--")]
    top = int(rest[0]) if rest else 40
    a, b = table(small, inclusive), table(large, inclusive)
    rows = sorted(((b.get(k, 0) - a.get(k, 0)) / n, k) for k in set(a) | set(b))
    rows.reverse()
    for per, name in rows[:top]:
        print(f"{per:>10,.0f}  {name[:170]}")

main()
