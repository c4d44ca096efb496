// agentvet for VS Code: starts the bundled language server (diagnostics, quick fixes, hovers, recorded
// values inline), and adds the Recordings view, the Timeline panel, recording commands and the
// `agentvet-replay` debug type.
// Analysis happens in the server; recordings are read through recorder/.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LINT_WORKSPACE_REQUEST, SELECT_SUPPRESSION_REASON_COMMAND, type LintWorkspaceResult } from '../../language-server/protocol.js';
import { RecordingCommands } from './recording-commands.js';
import { RecordingsTree, REVEAL_EVENT_COMMAND } from './recordings-tree.js';
import { REPLAY_DEBUG_TYPE, replayLaunchConfig } from './replay-launch.js';
import { createServerClient } from './server-client.js';
import { selectSuppressionReason } from './suppression-reason.js';
import { SHOW_TIMELINE_COMMAND, TimelinePanel } from './timeline-panel.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('agentvet', { log: true });
  client = createServerClient(context, output);

  const tree = new RecordingsTree();
  const view = vscode.window.createTreeView('agentvetRecordings', { treeDataProvider: tree, showCollapseAll: true });
  const timeline = new TimelinePanel((index): Promise<void> => recordings.reveal(index));
  const recordings = new RecordingCommands(tree, view, timeline, () => client);
  const command = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  command('agentvet.lintWorkspace', () => lintWorkspace());
  command('agentvet.openRecording', (uri?: vscode.Uri) => recordings.open(uri));
  command('agentvet.closeRecording', () => recordings.close());
  command('agentvet.recordProgram', (uri?: vscode.Uri) => recordings.record(uri));
  command('agentvet.replayRecording', () => recordings.replay());
  command(SHOW_TIMELINE_COMMAND, () => recordings.showTimeline());
  command(REVEAL_EVENT_COMMAND, (index: number) => recordings.reveal(index));
  command(SELECT_SUPPRESSION_REASON_COMMAND, (uri: string, line: number) => selectSuppressionReason(uri, line));
  context.subscriptions.push(view, timeline, output, vscode.debug.registerDebugConfigurationProvider(REPLAY_DEBUG_TYPE, replayDebugProvider));

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'agentvet: linting the workspace…' },
    () => client!.sendRequest(LINT_WORKSPACE_REQUEST, {}) as Promise<LintWorkspaceResult>,
  );
  const summary = `agentvet: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} analysed file${result.files === 1 ? '' : 's'}`;
  const choice = await vscode.window.showInformationMessage(summary, 'Show Problems');
  if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Turns an `agentvet-replay` configuration into a `node` launch that runs the program under replay. */
const replayDebugProvider: vscode.DebugConfigurationProvider = {
  resolveDebugConfiguration(folder, config) {
    if (!config.type && !config.request) {
      // F5 with no launch.json: replay the active program against the recording picked in the view.
      const program = vscode.window.activeTextEditor?.document.uri.fsPath;
      config = { type: REPLAY_DEBUG_TYPE, request: 'launch', name: 'Replay a recording (agentvet)', program, recording: '' };
    }
    const resolved = replayLaunchConfig(config, folder?.uri.fsPath ?? process.cwd());
    if ('error' in resolved) {
      void vscode.window.showErrorMessage(resolved.error);
      return undefined;
    }
    return resolved.config as unknown as vscode.DebugConfiguration;
  },
};
