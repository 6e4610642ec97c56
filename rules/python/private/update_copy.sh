#!/usr/bin/env bash
# update_copy.sh GENERATED COMMITTED: replaces the committed directory (relative to the workspace) with the generated
# one. Run through `bazel run`; the copy is made beside the target and swapped in, so a failure leaves it intact.
set -euo pipefail
generated=$(cd "$1" && pwd -P)
target=${BUILD_WORKSPACE_DIRECTORY:?run this with bazel run}/$2
tmp=$(mktemp -d "$(dirname "$target")/.$(basename "$target").new-XXXXXX")
trap 'rm -rf "$tmp" "$tmp.old"' EXIT
cp -R "$generated/." "$tmp/"
# Build outputs are read-only and executable; the committed copy holds ordinary files.
find "$tmp" -type d -exec chmod 755 {} +
find "$tmp" -type f -exec chmod 644 {} +
if [ -e "$target" ]; then mv "$target" "$tmp.old"; fi
mv "$tmp" "$target"
echo "Updated $2 from the build output."
