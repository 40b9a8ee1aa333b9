# Source this file (`source .ci/use-node.sh`): it puts a Node.js >= 22.12 on
# PATH. When the machine's Node is older (or missing), it installs Node 24
# from the npm registry's `node` package into .cache/node, once.
# Electron, Vitest 5 and Kysely 0.29 need Node >= 22.12.

spinweb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

spinweb_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)'
}

if ! spinweb_node_ok; then
  spinweb_node_dir="$spinweb_root/.cache/node"
  if [ ! -x "$spinweb_node_dir/node_modules/.bin/node" ]; then
    echo "Node.js $(node --version 2>/dev/null || echo 'ontbreekt') is te oud; Node 24 wordt geïnstalleerd in .cache/node ..."
    npm install --prefix "$spinweb_node_dir" --no-audit --no-fund --loglevel=error node@24 >/dev/null
  fi
  export PATH="$spinweb_node_dir/node_modules/.bin:$PATH"
fi
echo "Node $(node --version) op PATH."
