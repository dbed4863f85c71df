#!/usr/bin/env bash
# Sends a started Amparo (npm start) the bodies that once got the wrong answer from the built app
# (its static client's error handler turned every /api error into "404 Cannot POST") and fails on
# any wrong status. .ci/run runs it against the embedded start.
#   tools/smoke-pipeline.sh http://127.0.0.1:3000
set -euo pipefail
base="${1:?base URL of a started Amparo, e.g. http://127.0.0.1:3000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node -e "process.stdout.write(JSON.stringify({ email: 'a'.repeat(2e6), password: 'x' }))" >"$work/2mb.json"
node -e "process.stdout.write('['.repeat(1e5) + ']'.repeat(1e5))" >"$work/deep.json"
printf '{"email": "ana@lima.example", ' >"$work/malformed.json"

failed=0
# expect STATUS PATTERN WHAT curl-arguments...: the status, and a pattern the JSON body must match.
expect() {
  local want=$1 pattern=$2 what=$3 got
  shift 3
  got=$(curl -sS -o "$work/body" -w '%{http_code}' -H 'Expect:' "$@") || got="no answer"
  if [ "$got" != "$want" ] || ! grep -Eq "$pattern" "$work/body"; then
    echo "FAIL $what: expected $want matching /$pattern/, got $got: $(head -c 300 "$work/body")"
    failed=1
  else
    echo "ok   $what: $got"
  fi
}
json=(-X POST -H 'Content-Type: application/json')

expect 400 '"Malformed JSON in the request body' 'malformed JSON' \
  "${json[@]}" --data-binary @"$work/malformed.json" "$base/api/auth/login"
expect 413 '"statusCode":413' '2 MB body' \
  "${json[@]}" --data-binary @"$work/2mb.json" "$base/api/auth/login"
expect 400 '"code":"BODY_TOO_DEEP"' 'nesting 100,000 levels deep' \
  "${json[@]}" --data-binary @"$work/deep.json" "$base/api/auth/login"
expect 401 '"code":"AUTH_REQUIRED"' 'anonymous CSV check (JSON content type)' \
  "${json[@]}" --data-binary '{}' "$base/api/intake/csv/check"
expect 404 '"message":"Cannot GET /api/no-such-route"' 'unknown /api route' \
  "$base/api/no-such-route"
expect 200 '<amp-root' 'deep link outside /api' "$base/cases/deep/link"
expect 200 '"status":"ok"' 'health afterwards' "$base/api/health"

exit "$failed"
