#!/usr/bin/env bash
# Parse the same large Nets OCR giro file with the Python `netsgiro` package and with
# `purr payments parse`, and print the times and the ratio (target: Purr at least 50× faster).
#
# Usage: bench/netsgiro_compare.sh [RECORDS]   (default 200000 transactions)
# Needs python3 with venv, network access to PyPI for `pip install netsgiro`, and a built purr
# (PURR=path/to/purr, default target/release/purr; built with cargo if missing).
set -euo pipefail

records="${1:-200000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${WORK:-$(mktemp -d)}"
purr="${PURR:-$root/target/release/purr}"

if [[ ! -x "$purr" ]]; then
    (cd "$root" && cargo build --release -p app)
fi

venv="$work/venv"
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet netsgiro
fi

file="$work/ocr.txt"
# Purr's generator writes the strict layout netsgiro accepts (one assignment, items 1 and 2).
"$purr" bench parse --format nets-ocr --records "$records" --keep "$file" > /dev/null

py_seconds="$("$venv/bin/python" - "$file" <<'PY'
import sys, time
import netsgiro
with open(sys.argv[1], encoding="iso-8859-1") as f:
    data = f.read()
start = time.perf_counter()
transmission = netsgiro.parse(data)
elapsed = time.perf_counter() - start
count = sum(len(a.transactions) for a in transmission.assignments)
print(f"{elapsed:.3f}", file=sys.stdout)
print(f"netsgiro: {count} transactions", file=sys.stderr)
PY
)"

# Best of three for Purr: the whole command, file reading and process start included.
best=""
for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$purr" payments parse "$file" --format nets-ocr > "$work/purr.out"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
done
grep -E "^(valid|payments)" "$work/purr.out"

ratio=$(echo "$py_seconds / $best" | bc -l)
printf 'records: %s\nnetsgiro: %.3f s\npurr:     %.3f s\nratio:    %.0fx (target: 50x)\n' "$records" "$py_seconds" "$best" "$ratio"
