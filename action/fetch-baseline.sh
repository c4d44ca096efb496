#!/usr/bin/env bash
# The action's first step: make the baseline commit available (a pull request's base is usually not in
# actions/checkout's shallow clone) and hand its id to the lint step as the `commit` output.
set -euo pipefail
: "${BASELINE_REF:?}" "${GITHUB_OUTPUT:?}"

if commit=$(git rev-parse --verify --quiet --end-of-options "${BASELINE_REF}^{commit}"); then
  echo "commit=$commit" >> "$GITHUB_OUTPUT"
  exit 0
fi
echo "agentvet: fetching the baseline $BASELINE_REF from origin"
# Depth 1 is enough: agentvet reads the tree at the commit, not its history.
if git fetch --quiet --no-tags --depth=1 origin "$BASELINE_REF"; then
  echo "commit=$(git rev-parse FETCH_HEAD)" >> "$GITHUB_OUTPUT"
else
  # agentvet names the missing ref and exits 2; the verdict step explains it.
  echo "::warning title=agentvet::could not fetch the baseline $BASELINE_REF from origin"
  echo "commit=$BASELINE_REF" >> "$GITHUB_OUTPUT"
fi
