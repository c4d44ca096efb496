// The summaries `agentvet verify` writes for CI systems: JUnit XML (one test case per recording, a
// failure with the divergence report) and JSON. Pure functions of the results.
import type { VerifiedRecording } from '../../recorder/verify-runs.js';
import { formatDivergence } from '../../recorder/replay/format-divergence.js';

export function failureText(result: VerifiedRecording): string {
  const report = result.divergence ? formatDivergence(result.divergence, result.file) : '';
  const tail = result.stderr.trim().split('\n').slice(-20).join('\n');
  return [result.failure ?? '', report.trimEnd(), tail ? `program stderr (last lines):\n${tail}` : ''].filter(Boolean).join('\n');
}

export function junitSummary(results: readonly VerifiedRecording[]): string {
  const failures = results.filter((result) => !result.passed).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = results.reduce((sum, result) => sum + result.durationMs, 0);
  const cases = results.map((result) => {
    const open = `    <testcase classname="agentvet.replay" name="${xml(result.file)}" time="${seconds(result.durationMs)}"`;
    if (result.passed) return `${open}/>`;
    return `${open}>\n      <failure message="${xml(result.failure ?? 'failed')}">${xml(failureText(result))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="agentvet verify" tests="${results.length}" failures="${failures}" time="${seconds(total)}">`,
    `  <testsuite name="agentvet replay" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(total)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export function jsonSummary(results: readonly VerifiedRecording[]): string {
  const summary = {
    recordings: results.length,
    passed: results.filter((result) => result.passed).length,
    failed: results.filter((result) => !result.passed).length,
    results: results.map((result) => ({
      recording: result.file,
      command: result.command,
      passed: result.passed,
      failure: result.failure,
      exitCode: result.exitCode,
      recordedExitCode: result.recordedExitCode,
      durationMs: Math.round(result.durationMs),
      divergence: result.divergence,
    })),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
