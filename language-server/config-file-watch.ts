// Notices edits to agentvet.config.json and tsconfig.json. Clients that can watch files for us (VS Code)
// are asked to; for the others (Neovim 0.7) the server watches each workspace folder itself.
import { watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../rules/engine/config.js';

export type WatchedChange = { kind: 'config' | 'tsconfig'; file: string } | { kind: 'source'; file: string; deleted: boolean };

const SOURCE_GLOB = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** Editors save in several writes (truncate, write): wait for the burst to end before reading. */
const SETTLE_MS = 40;

export class ConfigFileWatch {
  private readonly watchers: FSWatcher[] = [];
  private pending: WatchedChange[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly report: (changes: WatchedChange[]) => void,
  ) {}

  private onChange(changes: WatchedChange[]): void {
    this.pending.push(...changes);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const batch = this.pending;
      this.pending = [];
      if (batch.length > 0) this.report(batch);
    }, SETTLE_MS);
  }

  /** With dynamic registration the client reports changes (also of source files changed outside the editor). */
  async useClientWatcher(): Promise<void> {
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/tsconfig.json' }, { globPattern: SOURCE_GLOB }],
    });
    this.connection.onDidChangeWatchedFiles(({ changes }) => {
      this.onChange(
        changes.flatMap((change): WatchedChange[] => {
          if (!change.uri.startsWith('file:')) return [];
          const file = fileURLToPath(change.uri);
          const kind = classify(file);
          if (kind === 'source') return [{ kind, file, deleted: change.type === FileChangeType.Deleted }];
          return kind ? [{ kind, file }] : [];
        }),
      );
    });
  }

  /** Without it, watch the folders (not recursively: configs of a folder live at its top). */
  watchFolders(folders: readonly string[]): void {
    this.dispose();
    for (const folder of folders) {
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          const file = name ? join(folder, name.toString()) : undefined;
          const kind = file ? classify(file) : undefined;
          if (file && (kind === 'config' || kind === 'tsconfig')) this.onChange([{ kind, file }]);
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A folder that cannot be watched still works; config edits then need a restart.
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers.splice(0)) watcher.close();
  }
}

function classify(file: string): 'config' | 'tsconfig' | 'source' | undefined {
  const name = basename(file);
  if (name === CONFIG_FILE_NAME) return 'config';
  if (name === 'tsconfig.json') return 'tsconfig';
  return /\.(c|m)?[jt]sx?$/.test(name) && !name.endsWith('.d.ts') ? 'source' : undefined;
}
