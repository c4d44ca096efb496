// Renders a divergence report as the text `agentvet replay` prints: what the program did, what the
// recording expected at that point, what differs, and the closest recorded requests.
import { isAbsolute, relative, sep } from 'node:path';
import type { Site } from '../schema.js';
import type { Candidate, DivergenceReport, RequestSummary } from './divergence.js';

const BODY_EXCERPT = 160;

export function formatDivergence(report: DivergenceReport, recordingFile?: string): string {
  const lines: string[] = [];
  const where = recordingFile ? ` (${recordingFile})` : '';
  if (report.kind === 'value') {
    lines.push(`agentvet replay: divergence — user code read ${report.source} more often than recorded${where}`);
    lines.push(`  process ${report.proc} (pid ${report.pid})`);
    lines.push(`  at ${formatSite(report.site)}: ${report.recordedReads} read(s) recorded at this call site, the program made another`);
    lines.push('  The program took a different path than in the recorded run (a changed loop, a new call).');
    return `${lines.join('\n')}\n`;
  }

  if (report.kind === 'hang') {
    const seconds = `${Math.round(report.capMs / 100) / 10} s`;
    lines.push(`agentvet replay: this call would hang — ${describeRequest(report.request)}${where}`);
    lines.push(`  process ${report.proc} (pid ${report.pid})`);
    lines.push(
      report.reason === 'fault'
        ? `  the timeout fault kept the connection silent for ${seconds} (the cap) and no deadline of the program ended the call`
        : `  the recorded run aborted this call before any response, but nothing in the replayed program ended it within ${seconds}`,
    );
    lines.push('  Give the call a deadline of its own (an AbortSignal.timeout, a client timeout) shorter than the cap (--hang-cap).');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`agentvet replay: divergence — the program made a request that is not in the recording${where}`);
  lines.push(`  process ${report.proc} (pid ${report.pid})`);
  lines.push(`  actual request:   ${describeRequest(report.actual)}`);
  if (report.expected) {
    lines.push(`  expected request: ${describeRequest(report.expected.request)}`);
    lines.push(`                    (event #${report.expected.eventIndex}, the next request the recording holds)`);
    lines.push('  what differs:');
    for (const difference of report.expected.differences) lines.push(`    - ${difference}`);
  } else {
    lines.push('  expected request: none — every recorded request was already replayed');
  }
  const others = report.candidates.filter((candidate) => candidate.eventIndex !== report.expected?.eventIndex);
  if (others.length > 0) {
    lines.push('  closest recorded requests:');
    for (const candidate of others) lines.push(formatCandidate(candidate));
  }
  lines.push(`  actual body: ${excerpt(report.actual.body)}`);
  return `${lines.join('\n')}\n`;
}

function formatCandidate(candidate: Candidate): string {
  const replayed = candidate.alreadyReplayed ? ', already replayed' : '';
  const differences = candidate.differences.length === 0 ? 'identical' : candidate.differences.slice(0, 3).join('; ');
  return `    #${candidate.eventIndex} ${candidate.request.method} ${candidate.request.url}${replayed} — ${differences}`;
}

function describeRequest(request: RequestSummary): string {
  const site = request.site ? ` at ${formatSite(request.site)}` : '';
  return `${request.method} ${request.url}${site}`;
}

/** `file:line:col`, the file relative to the working directory when it lies under it. */
export function formatSite(site: Site, cwd = process.cwd()): string {
  const path = isAbsolute(site.file) ? relative(cwd, site.file) : site.file;
  const shown = path === '' || path.startsWith(`..${sep}`) || isAbsolute(path) ? site.file : path;
  return `${shown}:${site.line}:${site.col}`;
}

function excerpt(body: string): string {
  if (body === '') return '(empty)';
  return body.length > BODY_EXCERPT ? `${JSON.stringify(body.slice(0, BODY_EXCERPT))}...` : JSON.stringify(body);
}
