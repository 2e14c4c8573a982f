#!/usr/bin/env bash
# After an intended change of output: rewrites all the expected output, then lists what changed.
#
#   scripts/bless.sh
#
# 1. trybuild's .stderr beside each tests/ui/fail/*.rs (TRYBUILD=overwrite). First, because the
#    snapshot test compares the diagnostics of each failing test doc with these files.
# 2. The snapshots in tests/snapshots/ (DOCMODEL_BLESS=1): writes the generated code of each doc
#    and deletes the files no check uses. It writes no diagnostics, and still fails if a failing
#    doc has no fail test, or if its diagnostics differ from what the macro showed in step 1.
#
# Then read the diff (git diff tests/) before committing: every change should be one you meant.
set -euo pipefail
cd "$(dirname "$0")/.."
TRYBUILD=overwrite cargo test -p docmodel-tests --test ui
DOCMODEL_BLESS=1 cargo test -p docmodel-tests --test snapshots
echo
changes=$(git status --short -- tests/)
if [ -z "$changes" ]; then
    echo "bless: nothing below tests/ differs from the last commit"
else
    echo "bless: below tests/, these differ from the last commit; read the diff (git diff tests/):"
    echo "$changes"
fi
