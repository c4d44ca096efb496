#!/usr/bin/env bash
# The action's last step: says what agentvet's exit code means (log and job summary) and fails the
# step when it should — always on 2 (the run itself is broken), on 1 unless fail-on-findings is false.
set -uo pipefail
code=${AGENTVET_EXIT_CODE:-2}

case $code in
  0) meaning="clean: no error findings, and no more warnings than --max-warnings allows" ;;
  1) meaning="findings: an error finding, or more warnings than --max-warnings allows (see the annotations)" ;;
  2) meaning="error: a usage or configuration error — a bad flag or config, a bad suppressions file, a baseline ref that does not exist, or suppressions that no longer match a finding (run agentvet lint --prune-suppressions); see the log" ;;
  *) meaning="agentvet crashed (exit $code); see the log" ;;
esac
echo "agentvet exit code $code — $meaning"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  printf '### agentvet\n\nExit code **%s** — %s\n' "$code" "$meaning" >> "$GITHUB_STEP_SUMMARY"
fi

if [ "$code" = 0 ]; then exit 0; fi
if [ "$code" = 1 ] && [ "${AGENTVET_FAIL_ON_FINDINGS:-true}" != true ]; then exit 0; fi
exit 1
