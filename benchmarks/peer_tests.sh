#!/usr/bin/env bash
# Run the Recognizers-Text peer cases in ../shared/peer-tests (where present) through
# coop-extract and print the pass rate of each file. Usage: bash benchmarks/peer_tests.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
peer="${PEER_DIR:-$here/../shared/peer-tests}"
[ -d "$peer" ] || { echo "no peer tests at $peer" >&2; exit 0; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for cases in "$peer"/*/*.jsonl; do
  name="$(basename "$cases" .jsonl)"
  python3 "$peer/run_peer_tests.py" "$cases" --write-inputs "$work/in-$name" >/dev/null
  coop-extract "$work/in-$name" --output-dir "$work/pred-$name" 2>/dev/null || true
  echo "== $name"
  python3 "$peer/run_peer_tests.py" "$cases" "$work/pred-$name" | grep -E "^(cases|  positive|  negative)" || status=1
done
exit $status
