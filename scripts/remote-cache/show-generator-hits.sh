#!/usr/bin/env bash
# Shows that the SDK comes from the remote cache: after `bazel clean`, rebuilding //sdks/python:portarium_client
# against the cache runs no generator action. Fails if any OpenApiPythonGen action ran locally.
#
#   scripts/remote-cache/show-generator-hits.sh grpc://127.0.0.1:PORT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cache=${1:?usage: $0 REMOTE_CACHE_URL}
log=$(mktemp "$PWD/.exec-log.XXXXXX")
trap 'rm -f "$log"' EXIT

tools/bazel build --remote_cache="$cache" //sdks/python:portarium_client
tools/bazel clean
tools/bazel build --remote_cache="$cache" --execution_log_json_file="$log" //sdks/python:portarium_client

python3 - "$log" <<'PY'
import json
import sys

text = open(sys.argv[1]).read()
decoder, pos, spawns = json.JSONDecoder(), 0, []
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos == len(text):
        break
    spawn, pos = decoder.raw_decode(text, pos)
    spawns.append(spawn)
gen = [s for s in spawns if s.get("mnemonic") == "OpenApiPythonGen"]
hits = [s for s in gen if s.get("runner") == "remote cache hit"]
all_hits = sum(1 for s in spawns if s.get("runner") == "remote cache hit")
print(f"after clean: {len(spawns)} spawns, {all_hits} remote cache hits; "
      f"generator actions: {len(gen)}, of which remote cache hits: {len(hits)}, run locally: {len(gen) - len(hits)}")
if not gen or len(hits) != len(gen):
    sys.exit("expected every generator action to be a remote cache hit")
PY
