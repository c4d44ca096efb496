// Commands around recordings: open one (tree view + inlay hints in the server), close it, show its
// timeline, reveal an event's source line, record the current program in a terminal, and replay the
// loaded recording.
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LOAD_RECORDING_REQUEST, UNLOAD_RECORDING_REQUEST, type LoadRecordingResult } from '../../language-server/protocol.js';
import { readRecording, RecordingFormatError } from '../../recorder/reading.js';
import { describeRun, type EntryNode, type RecordingsTree } from './recordings-tree.js';
import { recordCommandLine, replayCommandLine } from './replay-launch.js';
import type { TimelinePanel } from './timeline-panel.js';

const LOADED_CONTEXT = 'agentvet.recordingLoaded';

export class RecordingCommands {
  constructor(
    private readonly tree: RecordingsTree,
    private readonly view: vscode.TreeView<EntryNode>,
    private readonly timeline: TimelinePanel,
    private readonly client: () => LanguageClient | undefined,
  ) {}

  async open(target?: vscode.Uri): Promise<void> {
    const uri = target ?? (await this.pickRecording());
    if (!uri) return;
    let recording;
    try {
      recording = readRecording(uri.fsPath);
    } catch (error) {
      if (error instanceof RecordingFormatError) {
        void vscode.window.showErrorMessage(`agentvet: ${error.message}`);
        return;
      }
      throw error;
    }
    const run = this.tree.show(recording);
    this.timeline.update(run);
    this.view.title = `Recordings: ${basename(uri.fsPath)}`;
    this.view.description = describeRun(run);
    await vscode.commands.executeCommand('setContext', LOADED_CONTEXT, true);
    for (const warning of recording.warnings) void vscode.window.showWarningMessage(`agentvet: ${warning}`);
    const result = (await this.client()?.sendRequest(LOAD_RECORDING_REQUEST, { recording: uri.fsPath })) as LoadRecordingResult | undefined;
    if (result && !result.ok) void vscode.window.showWarningMessage(`agentvet: inline values unavailable: ${result.error}`);
    await vscode.commands.executeCommand('agentvetRecordings.focus');
  }

  async close(): Promise<void> {
    this.tree.clear();
    this.timeline.dispose();
    this.view.title = 'Recordings';
    this.view.description = undefined;
    await vscode.commands.executeCommand('setContext', LOADED_CONTEXT, false);
    await this.client()?.sendRequest(UNLOAD_RECORDING_REQUEST, {});
  }

  /** The loaded run as a waterfall beside the editor; asks for a recording first when none is open. */
  async showTimeline(): Promise<void> {
    if (!this.tree.loaded) await this.open();
    const run = this.tree.loaded;
    if (run) this.timeline.show(run);
  }

  /** Opens the file and line that caused an entry, with the call selected (beside the timeline, if it is open). */
  async reveal(index: number): Promise<void> {
    this.timeline.select(index);
    const summary = this.tree.summary(index);
    if (!summary?.site) {
      void vscode.window.showInformationMessage('agentvet: this event has no source location in user code.');
      return;
    }
    const { file, line, col } = summary.site;
    const path = localPath(file, this.tree.loaded?.recording.header.cwd ?? '');
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, col - 1));
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
      const lineRange = document.lineAt(position.line).range;
      await vscode.window.showTextDocument(document, {
        selection: new vscode.Range(position, lineRange.end),
        preview: true,
        viewColumn: this.timeline.sourceColumn(),
      });
    } catch {
      void vscode.window.showWarningMessage(`agentvet: cannot open ${path} (the recording was made elsewhere, or the file moved).`);
    }
  }

  /** Records the active file's program into .agentvet/recordings/ and offers to open the result. */
  async record(target?: vscode.Uri): Promise<void> {
    const program = target?.fsPath ?? vscode.window.activeTextEditor?.document.uri.fsPath;
    if (!program) {
      void vscode.window.showInformationMessage('agentvet: open the program to record first.');
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(program))?.uri.fsPath ?? dirname(program);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const output = join(folder, '.agentvet', 'recordings', `${basename(program).replace(/\.[^.]+$/, '')}-${stamp}.jsonl`);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dirname(output), basename(output)));
    watcher.onDidCreate(async () => {
      watcher.dispose();
      const choice = await vscode.window.showInformationMessage(`agentvet: recording to ${vscode.workspace.asRelativePath(output)}`, 'Open Recording');
      if (choice) await this.open(vscode.Uri.file(output));
    });
    const terminal = vscode.window.createTerminal({ name: 'agentvet record', cwd: folder });
    terminal.show();
    terminal.sendText(recordCommandLine(program, output));
  }

  /** Replays the loaded recording's own command in a terminal. */
  async replay(): Promise<void> {
    const loaded = this.tree.loaded;
    if (!loaded) return this.open();
    const { header, file } = loaded.recording;
    const terminal = vscode.window.createTerminal({ name: 'agentvet replay', cwd: header.cwd });
    terminal.show();
    terminal.sendText(replayCommandLine(file, header.command));
  }

  private async pickRecording(): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      defaultUri: folder ? vscode.Uri.joinPath(folder, '.agentvet', 'recordings') : undefined,
      filters: { 'agentvet recordings': ['jsonl'] },
      openLabel: 'Open Recording',
    });
    return picked?.[0];
  }
}

/** Where a recorded site is in this workspace: as recorded, or at the same path relative to the run's directory. */
function localPath(file: string, recordedCwd: string): string {
  const recorded = isAbsolute(file) ? file : join(recordedCwd, file);
  if (existsSync(recorded)) return recorded;
  const rel = relative(recordedCwd, recorded);
  if (rel.startsWith('..')) return recorded;
  const moved = (vscode.workspace.workspaceFolders ?? []).map((folder) => join(folder.uri.fsPath, rel)).find((candidate) => existsSync(candidate));
  return moved ?? recorded;
}
