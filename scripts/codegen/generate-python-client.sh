#!/usr/bin/env bash
# Regenerates the committed SDK, sdks/python/portarium-client, from the contract (through Bazel, so the copy is
# exactly the build output of //sdks/python:portarium_client).
#
#   scripts/codegen/generate-python-client.sh           rewrite the committed copy
#   scripts/codegen/generate-python-client.sh --check   exit 1 and print the diff when it is stale; changes nothing
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

case "${1:-}" in
  "")
    exec tools/bazel run //sdks/python:portarium_client_copy.update
    ;;
  --check)
    # --symlink_prefix=/ : no bazel-* convenience links either; the working tree stays as it is.
    if tools/bazel test --symlink_prefix=/ --test_output=errors //sdks/python:portarium_client_copy_test; then
      echo "sdks/python/portarium-client is up to date."
    else
      echo "sdks/python/portarium-client is stale: run scripts/codegen/generate-python-client.sh" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac
