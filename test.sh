#!/usr/bin/env bash
# Builds the solution, checks formatting, runs every test project and ends with
# "N passed, N failed". Installs what the tests need when it is missing.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
passed=0
failed=0

finish() {
  echo "$passed passed, $failed failed"
  if [ "$failed" -eq 0 ]; then exit 0; else exit 1; fi
}

# The silo tests start their own redis-server (Debian package) on a loopback port.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "== install redis-server"
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq redis-server >/dev/null
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "redis-server is missing and could not be installed (run as root, or: apt-get install redis-server)"
    failed=$((failed + 1))
  fi
fi

echo "== build"
if ! dotnet build Ibkr.Orleans.sln -c Release -nologo -v quiet 2>&1 | tee "$log" | grep -E "error|warn" ; then :; fi
if grep -qE "Build FAILED|error [A-Z]+[0-9]+" "$log" || ! grep -q "0 Error(s)" "$log"; then
  echo "build failed"
  failed=$((failed + 1))
  finish
fi

echo "== format"
if ! dotnet format Ibkr.Orleans.sln --verify-no-changes --no-restore -v quiet >"$log" 2>&1; then
  cat "$log"
  echo "dotnet format found changes to make"
  failed=$((failed + 1))
fi

echo "== tests"
dotnet test --solution Ibkr.Orleans.sln -c Release --no-build 2>&1 | tee "$log" | grep -vE "^\s*$|Ok, passed" || true
# Microsoft.Testing.Platform prints "succeeded: N" and "failed: N" in its run summary.
ok=$(grep -E "^\s+succeeded: [0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
bad=$(grep -E "^\s+failed: [0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
if ! grep -qE "^\s+succeeded: [0-9]+" "$log"; then
  echo "no test summary found"
  bad=$((bad + 1))
fi
passed=$((passed + ok))
failed=$((failed + bad))
finish
