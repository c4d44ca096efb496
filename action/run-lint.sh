#!/usr/bin/env bash
# The action's lint step: one `agentvet lint` run printing GitHub annotations (--format github) and
# writing SARIF for code scanning (--sarif-output). It never fails itself: the exit code, its meaning
# and the SARIF path become step outputs, and the verdict step decides.
set -uo pipefail
set -f # paths and args are split on spaces; their globs are agentvet's to expand, not bash's
: "${GITHUB_OUTPUT:?}" "${AGENTVET_SARIF_FILE:?}"

# The project's own agentvet (the lockfile's version), found from here up; or the version asked for.
agentvet=()
if [ -n "${AGENTVET_VERSION:-}" ]; then
  agentvet=(npx --yes "agentvet@${AGENTVET_VERSION}")
else
  dir=$PWD
  while :; do
    if [ -x "$dir/node_modules/.bin/agentvet" ]; then agentvet=("$dir/node_modules/.bin/agentvet"); break; fi
    [ "$dir" = / ] && break
    dir=$(dirname "$dir")
  done
fi
if [ ${#agentvet[@]} -eq 0 ]; then
  echo "::error title=agentvet::agentvet is not installed here: add it to devDependencies and install before this step, or set the action's version input"
  { echo "exit-code=2"; echo "result=error"; echo "sarif-file="; } >> "$GITHUB_OUTPUT"
  exit 0
fi

args=(lint --format github --sarif-output "$AGENTVET_SARIF_FILE")
if [ -n "${AGENTVET_BASELINE:-}" ]; then args+=(--baseline-ref "$AGENTVET_BASELINE"); fi
read -r -a extra <<< "${AGENTVET_ARGS:-}"
read -r -a paths <<< "${AGENTVET_PATHS:-}"
args+=("${extra[@]}" "${paths[@]}")

echo "agentvet ${args[*]}"
"${agentvet[@]}" "${args[@]}"
code=$?

case $code in
  0) result=clean ;;
  1) result=findings ;;
  *) result=error ;;
esac
sarif=""
if [ -f "$AGENTVET_SARIF_FILE" ]; then sarif=$(realpath "$AGENTVET_SARIF_FILE"); fi
{ echo "exit-code=$code"; echo "result=$result"; echo "sarif-file=$sarif"; } >> "$GITHUB_OUTPUT"
exit 0
