#!/usr/bin/env node
// `agentvet-language-server --stdio`: agentvet's diagnostics, quick fixes, hovers and recorded-call
// hints for any LSP client. `--node-ipc` and `--socket=<port>` work too (vscode-languageserver reads them).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: agentvet-language-server --stdio\n\nSpeaks the Language Server Protocol on stdin/stdout (or --node-ipc, --socket=<port>).\n');
  process.exit(0);
}
if (!args.some((arg) => TRANSPORTS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
  process.stderr.write('agentvet-language-server: say how to talk to the client, e.g. --stdio (see --help)\n');
  process.exit(2);
}
// Under --stdio, stdout is the protocol: anything printed by accident would corrupt it.
console.log = (...items: unknown[]) => process.stderr.write(`${items.map(String).join(' ')}\n`);

startServer(createConnection(ProposedFeatures.all));
