#!/usr/bin/env bash
# The one test command (CI runs it too): installs what is missing, starts a throw-away MariaDB,
# runs every test project — the database-backed ones on SQLite and again on MariaDB — and cleans up.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)  # the filing receipt tests read the PDF back
command -v mariadb-dump >/dev/null 2>&1 || missing+=(mariadb-client)  # the restore drill's backup of the MariaDB lane
[ -x /usr/sbin/nginx ] || missing+=(nginx)  # the two-instance test puts nginx in front of two hosts
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/pp-test.XXXXXX)
# Throw-away data needs no disk: MariaDB's files (a hundred tables created and dropped per test class) and the SQLite
# test databases (test/PrepaidPlatform.Testing/TestDatabase.cs) go to /dev/shm when it has room, else to the temp folder.
dbdir="$work/data"
if [ -d /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt $((2 * 1024 * 1024)) ]; then
  dbdir=$(mktemp -d /dev/shm/pp-mariadb.XXXXXX)
fi
mariadb_pid=""
cleanup() {
  if [ -n "$mariadb_pid" ]; then kill "$mariadb_pid" 2>/dev/null || true; wait "$mariadb_pid" 2>/dev/null || true; fi
  rm -rf "$work" "$dbdir" /tmp/pp-tests /dev/shm/pp-tests
}
trap cleanup EXIT INT TERM

echo "== starting a throw-away MariaDB"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mariadbd_bin=$(command -v mariadbd || echo /usr/sbin/mariadbd)
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dbdir" --auth-root-authentication-method=socket --skip-test-db >"$work/install.log" 2>&1
"$mariadbd_bin" --no-defaults --user="$(id -un)" --datadir="$dbdir" --socket="$work/mysqld.sock" --port="$port" \
  --bind-address=127.0.0.1 --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=500 >"$work/mariadb.log" 2>&1 &
mariadb_pid=$!
export TEST_MYSQL_CONNECTION="Server=127.0.0.1;Port=$port;User ID=pptest;Password=pptest;Allow User Variables=true"

echo "== building"
dotnet build PrepaidPlatform.sln -c Release -nologo -v quiet -clp:ErrorsOnly

# The server started while the build ran.
for _ in $(seq 1 60); do
  mariadb --no-defaults --socket="$work/mysqld.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --no-defaults --socket="$work/mysqld.sock" -uroot -e \
  "CREATE USER 'pptest'@'127.0.0.1' IDENTIFIED BY 'pptest'; GRANT ALL PRIVILEGES ON *.* TO 'pptest'@'127.0.0.1';"

passed=0; failed=0; status=0
log_of() { echo "$work/$(echo "$1" | tr ' /()' '____').log"; }
run() {  # run <label> <project> [VAR=value ...]: the tests into the label's log, the seconds they took into a .time file
  local label=$1 project=$2; shift 2
  local log; log=$(log_of "$label")
  local start=$SECONDS
  # The built assembly rather than the project: no MSBuild evaluation per run (seconds each on two busy cores).
  local dll target; dll=$(ls "$project"/bin/Release/*/"$(basename "$project")".dll 2>/dev/null | head -1 || true)
  if [ -n "$dll" ]; then target=("$dll"); else target=("$project" -c Release --no-build -nologo); fi
  env "$@" dotnet test "${target[@]}" --logger "console;verbosity=minimal" >"$log" 2>&1 && echo 0 >"$log.rc" || echo 1 >"$log.rc"
  echo $((SECONDS - start)) >"$log.time"
}
report() {  # report <label>: what run wrote, counted into the totals
  local label=$1 log; log=$(log_of "$label")
  echo "== $label ($(cat "$log.time" 2>/dev/null || echo ?) s)"
  [ "$(cat "$log.rc" 2>/dev/null || echo 1)" = 0 ] || status=1
  grep -E "^\s+Failed [A-Za-z]" -A 12 "$log" | head -120 || true
  local line; line=$(grep -E "(Passed|Failed)!\s+- Failed:" "$log" | tail -1 || true)
  echo "   ${line:-no summary (see below)}"
  [ -n "$line" ] || { tail -40 "$log"; status=1; }
  local f p
  f=$(echo "$line" | sed -nE 's/.*Failed:\s+([0-9]+).*/\1/p'); p=$(echo "$line" | sed -nE 's/.*Passed:\s+([0-9]+).*/\1/p')
  failed=$((failed + ${f:-0})); passed=$((passed + ${p:-0}))
}

# Two lanes side by side, each one test process at a time: the SQLite passes (then the browser and architecture tests)
# and the MariaDB passes. A lone process leaves a core idle while it starts, migrates its template, waits on the
# database or a timer, or finishes its last long class; the other lane's process fills it. Results are printed in
# order once both lanes are done.
labels=(); sqlite_lane=(); mariadb_lane=()
for project in test/*.Tests; do
  ls "$project"/*.csproj >/dev/null 2>&1 || continue
  name=$(basename "$project")
  case "$name" in
    *Architecture.Tests) labels+=("$name"); sqlite_lane+=("$name|$project|") ;;
    *E2E.Tests) labels+=("$name (Chromium)"); sqlite_lane+=("$name (Chromium)|$project|") ;;
    *) labels+=("$name (SQLite)" "$name (MariaDB)")
       sqlite_lane+=("$name (SQLite)|$project|TEST_DB_PROVIDER=Sqlite")
       mariadb_lane+=("$name (MariaDB)|$project|TEST_DB_PROVIDER=MySql") ;;
  esac
done
lane() { local item label project vars; for item in "$@"; do IFS='|' read -r label project vars <<<"$item"; run "$label" "$project" $vars; done; }
echo "== testing: ${#sqlite_lane[@]} runs on SQLite (and the browser and architecture tests) beside ${#mariadb_lane[@]} on MariaDB"
tests_start=$SECONDS
lane "${sqlite_lane[@]}" &
sqlite_pid=$!
lane "${mariadb_lane[@]}" &
mariadb_lane_pid=$!
wait "$sqlite_pid" || status=1
wait "$mariadb_lane_pid" || status=1
for label in "${labels[@]}"; do report "$label"; done
echo "== tests took $((SECONDS - tests_start)) s"

# A small seeded city on the same MariaDB: only that the harness runs through fails the run, no figure is asserted.
echo "== benchmarks (quick)"
bench_start=$SECONDS
if dotnet run --project test/PrepaidPlatform.Benchmarks -c Release --no-build -- --quick --connection "$TEST_MYSQL_CONNECTION" \
    --out "$work/benchmarks" >"$work/benchmarks.log" 2>&1; then
  grep -E "^\|" "$work/benchmarks.log" || true
else
  status=1; tail -40 "$work/benchmarks.log"
fi

echo "== benchmarks took $((SECONDS - bench_start)) s; the whole run $SECONDS s"

echo
echo "Total: $passed passed, $failed failed"
exit $status
