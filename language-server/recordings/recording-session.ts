// The recording the editor has loaded (one at a time): loading through recorder/'s reader, inlay hints
// for open documents, and a refresh request so the client redraws them when the recording changes.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InlayHint, Range, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readRecording, RecordingFormatError } from '../../recorder/reading.js';
import type { LoadRecordingParams, LoadRecordingResult } from '../protocol.js';
import { inlayHintsFor } from './inlay-hints.js';
import { RecordedSites } from './recorded-sites.js';

export class RecordingSession {
  private sites: RecordedSites | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspaceFolders: () => string[],
    private readonly canRefresh: boolean,
  ) {}

  load(params: LoadRecordingParams): LoadRecordingResult {
    const file = toPath(params?.recording, this.workspaceFolders()[0]);
    if (!file) return { ok: false, error: 'loadRecording: give `recording`, a path or file:// URI of a .jsonl recording', events: 0, sites: 0, warnings: [] };
    try {
      const recording = readRecording(file);
      this.sites = new RecordedSites(recording);
      this.connection.console.log(`agentvet: loaded ${file}: ${recording.events.length} events at ${this.sites.siteCount} source lines`);
      this.refresh();
      return { ok: true, events: recording.events.length, sites: this.sites.siteCount, warnings: recording.warnings };
    } catch (error) {
      if (!(error instanceof RecordingFormatError)) throw error;
      return { ok: false, error: error.message, events: 0, sites: 0, warnings: [] };
    }
  }

  unload(): null {
    this.sites = undefined;
    this.refresh();
    return null;
  }

  inlayHints(uri: string, range: Range): InlayHint[] {
    const document = this.documents.get(uri);
    if (!this.sites || !document || !uri.startsWith('file:')) return [];
    const lines = this.sites.linesOf(fileURLToPath(uri), this.workspaceFolders());
    return lines ? inlayHintsFor(document, lines, range) : [];
  }

  private refresh(): void {
    if (this.canRefresh) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
  }
}

function toPath(recording: unknown, base: string | undefined): string | undefined {
  if (typeof recording !== 'string' || recording === '') return undefined;
  if (recording.startsWith('file:')) return fileURLToPath(recording);
  return isAbsolute(recording) || !base ? resolve(recording) : resolve(base, recording);
}
