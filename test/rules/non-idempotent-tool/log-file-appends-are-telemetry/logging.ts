// A developer log: a helper whose only effect is appending a line to a log file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function appendToLog(message: string): void {
  const logPath = path.join(os.homedir(), '.my-mcp', 'log.txt');
  fs.appendFileSync(logPath, `[${new Date().toISOString()}] ${message}\n`);
}

export function recordNote(file: string, text: string): void {
  fs.appendFileSync(file, `${text}\n`);
}
