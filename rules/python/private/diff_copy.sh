#!/usr/bin/env bash
# diff_copy.sh GENERATED COMMITTED FIX: fails, showing a unified diff, when the committed directory differs from the
# generated one. Both paths are relative to the test's working directory (the main repository's runfiles).
set -euo pipefail
generated=$1 committed=$2 fix=$3
diff=${TEST_TMPDIR:-/tmp}/copy.diff
if [ ! -d "$committed" ]; then
  echo "The committed copy $committed does not exist. Create it with: $fix" >&2
  exit 1
fi
if diff -ru --exclude=__pycache__ "$committed" "$generated" >"$diff"; then
  echo "$committed matches the build output."
  exit 0
fi
# Drop the timestamps from the file headers; they only say when each side was written.
sed -E -e "s#$generated#generated#g" -e "s#^((---|\\+\\+\\+) [^\t]+)\t.*#\\1#" "$diff" | head -n 400 >&2
echo >&2
echo "The committed copy $committed differs from the build output (diff above: - committed, + generated)." >&2
echo "Regenerate it with: $fix" >&2
exit 1
