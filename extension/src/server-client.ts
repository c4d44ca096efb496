// Starts the bundled agentvet language server (dist/server.mjs, no node_modules needed) and connects
// VS Code to it. Settings reach the server through workspace/configuration; agentvet.trace.server is
// read by the client library itself, so all three settings apply without a restart.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SELECT_SUPPRESSION_REASON_COMMAND } from '../../language-server/protocol.js';

export const CLIENT_ID = 'agentvet';
const SELECTOR = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].map((language) => ({ scheme: 'file', language }));

export function createServerClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.mjs');
  // More young-generation space: analysis allocates many short-lived nodes, and fewer scavenges mean steadier latency.
  const execArgv = ['--max-semi-space-size=32'];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--inspect=6019'] } },
  };
  const settings = vscode.workspace.getConfiguration('agentvet');
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: output,
    initializationOptions: {
      settings: { enable: settings.get('enable'), configPath: settings.get('configPath') ?? null, trace: { server: settings.get('trace.server') } },
      clientCommands: [SELECT_SUPPRESSION_REASON_COMMAND],
    },
  };
  return new LanguageClient(CLIENT_ID, 'agentvet', serverOptions, clientOptions);
}
