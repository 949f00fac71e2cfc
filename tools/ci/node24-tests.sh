#!/usr/bin/env bash
# The unit and API tests (`npm test`) on Node.js 24, in a copy of the working tree with an
# install of its own (better-sqlite3 compiled against Node 24's headers), so the checkout's
# own install for the machine's Node stays as it is. Extra arguments go to Jest.
#   bash tools/ci/node24-tests.sh --ci --json --outputFile=tmp/ci-reports/unit-node24.json
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
node_dir="$(bash "$root/tools/ci/node-lts.sh")"
copy="$(mktemp -d "${TMPDIR:-/tmp}/tuijin-node24-XXXXXX")"
trap 'rm -rf "$copy"' EXIT
cd "$root"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  if [ -e "$file" ]; then cp --parents -- "$file" "$copy/"; fi
done
cd "$copy"
export PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir"
echo "Node.js $(node --version) in $copy"
npm ci --no-audit --no-fund --loglevel=error
# a report path is taken relative to the checkout
args=()
for arg in "$@"; do
  case "$arg" in
    --outputFile=/*) args+=("$arg") ;;
    --outputFile=*) args+=("--outputFile=$root/${arg#--outputFile=}") ;;
    *) args+=("$arg") ;;
  esac
done
npx jest "${args[@]}"
