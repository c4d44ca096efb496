// Editor latency: the built language server over stdio on a generated 1,000-file project, timed from a
// `didChange` to the `publishDiagnostics` for that version. Cold (first open) is reported apart; the
// warm edits after it give p50 and p95 (target p95 ≤ 50 ms). Run: `node dist/test/bench/editor-bench.js`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { generateProject } from './generate-project.js';

export interface EditorBenchOptions {
  repoRoot?: string;
  /** Warm edits measured (after the warm-up ones). */
  edits?: number;
  minFiles?: number;
  log?: (line: string) => void;
}

export interface EditorBenchResult {
  files: number;
  /** didOpen → diagnostics of the first file: engine opened, program and type information built. */
  coldMs: number;
  warm: { count: number; p50: number; p95: number; max: number; mean: number };
  targetMet: boolean;
}

const WARM_UP_EDITS = 6;
const TARGET_P95_MS = 50;
/** Keystrokes of a fast typist: each edit lands after the previous diagnostics, as keystrokes do. */
const PAUSE_BETWEEN_EDITS_MS = 60;
/** Keystrokes in one file before moving to the next, as a person types in bursts. */
const EDITS_PER_FILE = 10;

interface Published {
  uri: string;
  version?: number;
}

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'agentvet') return dir;
    if (dirname(dir) === dir) throw new Error(`no agentvet package.json above ${start}`);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The agent files edits go to: tool modules and MCP servers of several features. */
function pickFiles(projectDir: string): string[] {
  const features = join(projectDir, 'src/features');
  const picked: string[] = [];
  for (const feature of readdirSync(features).sort()) {
    for (const name of ['tools.ts', 'mcp.ts', 'api.ts']) {
      const file = join(features, feature, name);
      if (existsSync(file)) picked.push(file);
    }
    if (picked.length >= 6) break;
  }
  return picked;
}

class PublishWaiter {
  private readonly waiting = new Map<string, (at: number) => void>();
  constructor(connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      const at = performance.now();
      const key = `${params.uri}@${params.version}`;
      this.waiting.get(key)?.(at);
      this.waiting.delete(key);
    });
  }
  next(uri: string, version: number): Promise<number> {
    return new Promise((resolve) => this.waiting.set(`${uri}@${version}`, resolve));
  }
}

export async function runEditorBench(options: EditorBenchOptions = {}): Promise<EditorBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const repoRoot = options.repoRoot ?? findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const server = join(repoRoot, 'dist/language-server/main.js');
  if (!existsSync(server)) throw new Error(`${server} is not built: run \`npm run build\` first`);
  // Inside the repository, so node_modules is found and the type checker is part of the cost, as in a real project.
  const project = generateProject({ outDir: join(repoRoot, '.bench/editor-project'), minFiles: options.minFiles ?? 1_000 });
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new PublishWaiter(connection);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', () => [null]);
  if (process.env.AGENTVET_BENCH_VERBOSE) connection.onNotification('window/logMessage', (p: { message: string }) => log(p.message));
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(project.dir).href,
      workspaceFolders: [{ uri: pathToFileURL(project.dir).href, name: 'bench' }],
      capabilities: {},
      initializationOptions: process.env.AGENTVET_BENCH_VERBOSE ? { settings: { trace: { server: 'verbose' } } } : {},
    });
    await connection.sendNotification('initialized', {});

    const files = pickFiles(project.dir);
    const versions = new Map<string, number>();
    const texts = new Map<string, string>();
    let coldMs = 0;
    for (const [index, file] of files.entries()) {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      versions.set(uri, 1);
      texts.set(uri, text);
      const started = performance.now();
      const done = published.next(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
      const ms = (await done) - started;
      if (index === 0) coldMs = ms;
    }
    log(`editor bench: ${project.files} files; first diagnostics after ${Math.round(coldMs)} ms (cold: the project opened and first analysed)`);

    const total = WARM_UP_EDITS + (options.edits ?? 60);
    const timings: number[] = [];
    const uris = [...versions.keys()];
    for (let edit = 0; edit < total; edit++) {
      const uri = uris[Math.floor(edit / EDITS_PER_FILE) % uris.length]!;
      const version = versions.get(uri)! + 1;
      versions.set(uri, version);
      // Typing: a comment line at the end of the file that grows by a character each keystroke.
      const text = `${texts.get(uri)}\n// note ${'x'.repeat(edit % EDITS_PER_FILE)}\n`;
      const started = performance.now();
      const done = published.next(uri, version);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const ms = (await done) - started;
      if (edit >= WARM_UP_EDITS) timings.push(ms);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_EDITS_MS));
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const warm = {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted[sorted.length - 1]!,
      mean: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
    };
    const targetMet = warm.p95 <= TARGET_P95_MS;
    log(
      `editor latency (didChange → publishDiagnostics, ${warm.count} warm keystrokes, ${EDITS_PER_FILE} per file in turn over ${uris.length} files): ` +
        `p50 ${warm.p50.toFixed(1)} ms, p95 ${warm.p95.toFixed(1)} ms, max ${warm.max.toFixed(1)} ms ` +
        `(target p95 ≤ ${TARGET_P95_MS} ms: ${targetMet ? 'met' : 'NOT met'}); ` +
        `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    return { files: project.files, coldMs, warm, targetMet };
  } finally {
    await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 3_000))]);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runEditorBench();
}
