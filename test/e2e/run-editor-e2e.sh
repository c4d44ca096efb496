#!/usr/bin/env bash
# Editor end-to-end tests in real clients, for .ci/run: (1) Neovim as an LSP client of
# agentvet-language-server; (2) the packaged .vsix in VS Code (code-server 4.100.3 + headless Chromium):
# findings, hover, a quick fix, a recording in the Recordings view, an event revealing its line, the
# recording's Timeline panel and a row of it revealing the same line.
# Installs what it needs (Debian's neovim and chromium, code-server from npm) and stops what it starts.
# Usage: test/e2e/run-editor-e2e.sh [nvim|vscode|all]   Screenshots: $E2E_OUT (default test/e2e/out).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${AGENTVET_SHARED_TOOLS:-$REPO/../shared/tools}
WHAT=${1:-all}
OUT=$(realpath -m "${E2E_OUT:-$REPO/test/e2e/out}")
E2E_HOME=${E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/agentvet-e2e}
export E2E_HOME
mkdir -p "$OUT"
cd "$REPO"
[ -f "$TOOLS/nvim-lsp.sh" ] && [ -f "$TOOLS/install-code-server.sh" ] || {
  echo "editor e2e: the shared client tools are not at $TOOLS (set AGENTVET_SHARED_TOOLS)"; exit 2; }

PIDS=()
RUN=""
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  [ -n "$RUN" ] && rm -rf "$RUN"
}
trap cleanup EXIT

echo "== build"
npm run build --silent

# A copy of the bundled example to edit freely, with the repository's packages beside it.
make_workspace() {
  local ws=$1
  cp -r "$REPO/examples/support-agent" "$ws"
  ln -s "$REPO/node_modules" "$ws/node_modules"
  mkdir -p "$ws/scripts"
  cp "$REPO/test/e2e/fixtures/demo-run.ts" "$ws/scripts/demo-run.ts"
}

run_nvim() {
  echo "== Neovim (LSP client) against agentvet-language-server --stdio"
  local ws=$RUN/nvim-workspace
  make_workspace "$ws"
  local output
  output=$(cd "$ws" && LSP_ROOT="$ws" LSP_MIN_DIAGS=2 LSP_WAIT_MS=60000 \
    bash "$TOOLS/nvim-lsp.sh" "$ws/src/intake.ts" node "$REPO/dist/language-server/main.js" --stdio) || {
    echo "$output"; echo "FAIL: Neovim received no agentvet diagnostics"; return 1; }
  echo "$output" | tee "$OUT/nvim-diagnostics.txt"
  grep -q '\[agentvet\].*has no deadline' <<<"$output" || { echo "FAIL: no missing-deadline diagnostic in Neovim"; return 1; }
  grep -q '\[agentvet\].*idempotency key' <<<"$output" || { echo "FAIL: no unkeyed-retry diagnostic in Neovim"; return 1; }
  echo "PASS: Neovim shows agentvet's diagnostics"
}

# Records one run of the example against local stand-ins, so the editor has a recording to open.
record_demo_run() {
  local ws=$1
  node "$REPO/test/e2e/fixtures/stub-services.mjs" > "$RUN/stub.out" &
  local stub=$!
  for _ in $(seq 1 50); do [ -s "$RUN/stub.out" ] && break; sleep 0.1; done
  local url; url=$(head -1 "$RUN/stub.out")
  (cd "$ws" && TICKETS_URL="$url/api" SLACK_WEBHOOK_URL="$url/hook" OPENAI_BASE_URL="$url/v1" OPENAI_API_KEY=sk-e2e-0123456789abcdefghij \
    node "$REPO/dist/cli/main.js" record -o "$ws/.agentvet/recordings/demo.jsonl" -- node --import tsx scripts/demo-run.ts)
  kill "$stub" 2>/dev/null || true
  wait "$stub" 2>/dev/null || true
}

run_vscode() {
  echo "== VS Code (code-server + Chromium) with the packaged extension"
  bash "$TOOLS/install-code-server.sh" >/dev/null
  local cs=$E2E_HOME/code-server/node_modules/.bin/code-server
  local pw=$E2E_HOME/playwright
  npm run --silent package:vsix >/dev/null
  local vsix=$REPO/extension/agentvet.vsix
  local ws=$RUN/vscode-workspace
  make_workspace "$ws"
  record_demo_run "$ws"

  # A fresh profile per run: each browser session leaves an extension host behind.
  local profile=$RUN/code-server
  mkdir -p "$profile/data/User" "$profile/exts"
  cat > "$profile/data/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "workbench.tips.enabled": false, "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "update.mode": "none", "chat.disableAIFeatures": true, "editor.inlayHints.enabled": "on",
  "files.simpleDialog.enable": true, "workbench.editor.enablePreview": false }
JSON
  XDG_CONFIG_HOME=$profile/xdg-config XDG_DATA_HOME=$profile/xdg-data XDG_CACHE_HOME=$profile/xdg-cache \
    "$cs" --user-data-dir "$profile/data" --extensions-dir "$profile/exts" --install-extension "$vsix" >/dev/null
  local port=${PORT:-$((18100 + RANDOM % 800))}
  XDG_CONFIG_HOME=$profile/xdg-config XDG_DATA_HOME=$profile/xdg-data XDG_CACHE_HOME=$profile/xdg-cache \
    setsid "$cs" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override \
    --user-data-dir "$profile/data" --extensions-dir "$profile/exts" "$ws" > "$OUT/code-server.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  cp "$REPO/test/e2e/editor-e2e.mjs" "$pw/agentvet-editor-e2e.mjs"
  local rc=0
  PW_PROFILE_ROOT=$RUN node "$pw/agentvet-editor-e2e.mjs" "http://127.0.0.1:$port/?folder=$ws" "$ws" "$OUT" || rc=$?
  # The extension host's own log, for a failure: where the server's output goes.
  find "$profile/data/logs" \( -name '*agentvet*' -o -name '*exthost*.log' \) -exec cp {} "$OUT/" \; 2>/dev/null || true
  echo "screenshots and logs: $OUT"
  return $rc
}

RUN=$(mktemp -d "${TMPDIR:-/tmp}/agentvet-editor-e2e-XXXXXX")
status=0
case "$WHAT" in
  nvim) run_nvim || status=1 ;;
  vscode) run_vscode || status=1 ;;
  all) run_nvim || status=1; run_vscode || status=1 ;;
  *) echo "usage: $0 [nvim|vscode|all]"; exit 2 ;;
esac
[ $status -eq 0 ] && echo "editor e2e: PASS" || echo "editor e2e: FAIL"
exit $status
