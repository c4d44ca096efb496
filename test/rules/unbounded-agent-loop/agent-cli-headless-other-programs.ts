// Headless coding-agent CLIs besides `claude -p` (test/corpus/README.md question 89), and a Claude Code binary whose path
// comes from configuration: each run is the agent's own model/tool loop until the model stops, and nothing kills it.
// Codex's `exec` and Gemini's `-p` offer no turn flag, so only a timer would bound them. Near misses live in
// agent-cli-headless-bounded-or-interactive.ts.
import { spawn } from 'node:child_process';

const CODEX_BIN = process.env.CODEX_BIN || 'codex';

export function implement(ticket: string, repoDir: string) {
  return spawn(CODEX_BIN, ['exec', '--full-auto', `Implement ${ticket}`], { cwd: repoDir }); // expect: unbounded-agent-loop
}

export function triage(report: string) {
  return spawn('gemini', ['--yolo', '-p', `Triage this bug report and fix it:\n${report}`], { stdio: 'pipe' }); // expect: unbounded-agent-loop
}

interface Settings { claudeBinary: string; model: string }

export function answerInWorkspace(settings: Settings, question: string, workspace: string) {
  const args = ['-p', question, '--output-format', 'stream-json', '--model', settings.model];
  return spawn(settings.claudeBinary, args, { cwd: workspace }); // expect: unbounded-agent-loop
}
