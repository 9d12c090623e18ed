#!/usr/bin/env bash
# Times the creditor dashboard page over HTTP with a big book in SQLite, and prints p50/p99.
#
# Usage: bench/dashboard.sh [CLAIMS] [REQUESTS]   (default 1000000 claims, 50 requests)
# Needs python3, sqlite3 and curl, and a built purr (PURR=path/to/purr, default
# target/release/purr; built with cargo if missing).
#
# What it does: imports CLAIMS claims due over two years (purr claims import), then adds history
# with SQL (40 % paid between 0 and 49 days after due, reminders and collection warnings for the
# rest, 1 % disputed), times `purr kpi refresh --rebuild`, adds a staff user, starts
# `purr serve`, signs in with curl and requests /dashboard REQUESTS times. Then it books 1 000
# more payments and times the first page after them (which refreshes the aggregates itself).
set -euo pipefail

claims="${1:-1000000}"
requests="${2:-50}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${WORK:-$(mktemp -d)}"
purr="${PURR:-${CARGO_TARGET_DIR:-$root/target}/release/purr}"
port="${PORT:-18087}"

if [[ ! -x "$purr" ]]; then
    (cd "$root" && cargo build --release -p app --bin purr)
fi

db="$work/bench.db"
rm -f "$db" "$db-wal" "$db-shm"
p() { "$purr" --db "$db" "$@"; }

p creditors add --name "Bench AB" --org-number 556000-0001 --jurisdiction SE --bankgiro 5050-1055 \
    --reminder-fee-agreed >/dev/null

python3 - "$claims" >"$work/claims.csv" <<'PY'
import sys, datetime
n = int(sys.argv[1])
start = datetime.date.today() - datetime.timedelta(days=720)
out = sys.stdout
out.write("invoice_number,customer_number,debtor_name,issue_date,due_date,amount,currency\n")
for i in range(n):
    due = start + datetime.timedelta(days=i % 730)
    issue = due - datetime.timedelta(days=30)
    out.write(f"{100000 + i},C{i // 2},Bench Debtor {i // 2},{issue},{due},{100 + i % 9000}.{i % 100:02d},SEK\n")
PY

t0=$(date +%s.%N)
p claims import "$work/claims.csv" --creditor 1 >/dev/null
t1=$(date +%s.%N)
printf 'import of %d claims: %.1f s\n' "$claims" "$(echo "$t1 - $t0" | bc)"

today=$(date +%F)
sqlite3 "$db" <<SQL
PRAGMA busy_timeout = 10000;
BEGIN;
INSERT INTO ledger_entries (creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, reverses_id, reason, idempotency_key, recorded_at)
SELECT 1, 2000000000 + id, id, 'payment', 'principal', -principal_minor, currency, date(due_date, '+' || (id % 50) || ' days'), NULL, 'bench payment', NULL, '$today'
FROM claims WHERE creditor_id = 1 AND id % 10 < 4 AND date(due_date, '+' || (id % 50) || ' days') <= '$today';
UPDATE claims SET state = 'paid' WHERE creditor_id = 1 AND id IN (SELECT claim_id FROM ledger_entries WHERE creditor_id = 1 AND id > 2000000000);
INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key)
SELECT 1, id, 1, 'reminder', date(due_date, '+10 days'), date(due_date, '+24 days'), '', 'letter', 'bench:' || id || ':1'
FROM claims WHERE creditor_id = 1 AND state = 'open' AND date(due_date, '+10 days') <= '$today';
INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key)
SELECT 1, id, 2, 'collection_warning', date(due_date, '+30 days'), date(due_date, '+40 days'), '', 'letter', 'bench:' || id || ':2'
FROM claims WHERE creditor_id = 1 AND state = 'open' AND id % 10 >= 7 AND date(due_date, '+30 days') <= '$today';
UPDATE claims SET state = 'warned' WHERE creditor_id = 1 AND id IN (SELECT claim_id FROM dunning_steps WHERE creditor_id = 1 AND step_no = 2);
UPDATE claims SET state = 'reminded' WHERE creditor_id = 1 AND state = 'open' AND id IN (SELECT claim_id FROM dunning_steps WHERE creditor_id = 1 AND step_no = 1);
UPDATE claims SET state = 'disputed' WHERE creditor_id = 1 AND id % 100 = 5 AND state <> 'paid';
UPDATE id_counters SET next_id = 2000000000 + $claims + 1 WHERE creditor_id = 1 AND kind = 'entry';
COMMIT;
SQL

t0=$(date +%s.%N)
p kpi refresh --creditor 1 --rebuild
t1=$(date +%s.%N)
printf 'kpi refresh --rebuild: %.1f s\n' "$(echo "$t1 - $t0" | bc)"
echo "buckets: $(sqlite3 "$db" 'SELECT COUNT(*) FROM kpi_buckets') rows"

printf 'bench password 123\n' | p users add --creditor 1 --email bench@example.se --role read_only >/dev/null
"$purr" --db "$db" serve --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/dashboard/login" && break
    sleep 0.2
done

jar="$work/cookies.txt"
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/dashboard/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$csrf&creditor=1&email=bench@example.se&password=bench+password+123" \
    "http://127.0.0.1:$port/dashboard/login"

times="$work/times.txt"
: >"$times"
for _ in $(seq 1 "$requests"); do
    curl -s -b "$jar" -o "$work/page.html" -w '%{time_total}\n' "http://127.0.0.1:$port/dashboard" >>"$times"
done
grep -q "Open balance" "$work/page.html" || { echo "the dashboard did not render; see $work" >&2; exit 1; }
sort -n "$times" | awk -v n="$requests" '
    { t[NR] = $1 }
    END {
        p50 = t[int((n - 1) * 0.50) + 1]; p99 = t[int((n - 1) * 0.99) + 1]
        printf "dashboard page, %d requests: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", n, p50 * 1000, p99 * 1000, t[n] * 1000
    }'

# 1 000 more payments, then the first page (it refreshes the aggregates for them itself).
sqlite3 "$db" <<SQL
BEGIN;
INSERT INTO ledger_entries (creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, reverses_id, reason, idempotency_key, recorded_at)
SELECT 1, 2100000000 + id, id, 'payment', 'principal', -100, currency, '$today', NULL, 'bench late payment', NULL, '$today'
FROM claims WHERE creditor_id = 1 AND state = 'reminded' ORDER BY id LIMIT 1000;
COMMIT;
SQL
curl -s -b "$jar" -o /dev/null -w 'first page after 1000 new payments (incremental refresh included): %{time_total} s\n' \
    "http://127.0.0.1:$port/dashboard"
echo "work files in $work"
