// A logger module: its methods hand each line to a private helper whose name says nothing of logs, but whose file is
// the log file the module keeps. A helper here that appends to a path its caller names is no logger.
import * as fs from 'node:fs';

const logFilePath: string | undefined = process.env.TOOLS_LOG_FILE;

function writeToFile(level: string, args: unknown[]): void {
  if (!logFilePath) return;
  fs.appendFileSync(logFilePath, `[${new Date().toISOString()}] [${level}] ${args.map(String).join(' ')}\n`);
}

export const logger = {
  info: (...args: unknown[]) => writeToFile('INFO', args),
  error: (...args: unknown[]) => writeToFile('ERROR', args),
};

export function addToFile(targetPath: string, line: string): void {
  fs.appendFileSync(targetPath, `${line}\n`);
}
