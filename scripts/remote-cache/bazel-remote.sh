#!/usr/bin/env bash
# A local bazel-remote cache server for CI and for trying the remote cache by hand.
#
#   scripts/remote-cache/bazel-remote.sh start   prints "PID GRPC_PORT", server running in the background
#   scripts/remote-cache/bazel-remote.sh stop PID
#
# The binary is built once per machine from the Go module proxy's source (the version is pinned in
# tools/provision/versions.env) and the cache data lives in the same per-machine state directory as the Bazel
# toolchain, so later runs on the machine hit what earlier runs stored. It listens on 127.0.0.1 only.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
. "$repo/tools/provision/versions.env"
state=${PORTARIUM_TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/portarium-bazel}
bin=$state/bazel-remote-$BAZEL_REMOTE_VERSION/bazel-remote

say() { printf 'bazel-remote: %s\n' "$*" >&2; }

build() {
  [ -x "$bin" ] && return 0
  say "building bazel-remote $BAZEL_REMOTE_VERSION from the Go module proxy (about a minute, once per machine)"
  local src tmp
  src=$(go mod download -json "github.com/buchgr/bazel-remote/v2@$BAZEL_REMOTE_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$src" ] || { say "error: go mod download of bazel-remote failed"; exit 1; }
  tmp=$(mktemp -d "$state/bazel-remote.partial-XXXXXX")
  cp -r "$src/." "$tmp/src" 2>/dev/null || cp -r "$src" "$tmp/src"
  chmod -R u+w "$tmp/src"
  (cd "$tmp/src" && CGO_ENABLED=0 go build -o "$tmp/bazel-remote" .)
  mkdir -p "$(dirname "$bin")"
  mv "$tmp/bazel-remote" "$bin"
  rm -rf "$tmp"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() {
  mkdir -p "$state/remote-cache"
  build
  local http grpc pid
  http=$(free_port)
  grpc=$(free_port)
  "$bin" --dir "$state/remote-cache" --max_size 5 \
    --http_address "127.0.0.1:$http" --grpc_address "127.0.0.1:$grpc" >"$state/remote-cache.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$http/status', timeout=1)" 2>/dev/null; then
      echo "$pid $grpc"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  say "error: the server did not come up; its log:"
  sed 's/^/  | /' "$state/remote-cache.log" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}

stop() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?usage: $0 stop PID}" ;;
  *) echo "usage: $0 start | stop PID" >&2; exit 2 ;;
esac
