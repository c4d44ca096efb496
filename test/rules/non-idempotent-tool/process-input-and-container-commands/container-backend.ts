import { execFile } from 'node:child_process';

const CONTAINER = 'agent-sandbox';

/** Runs programs inside the sandbox container with `docker exec`. */
export class ContainerBackend {
  exec(command: string, args: string[]): Promise<string> {
    return new Promise((resolve) => {
      const argv = ['exec', '-w', '/workspace', CONTAINER, command, ...args];
      execFile('docker', argv, (_error, stdout) => resolve(stdout));
    });
  }

  shell(line: string): Promise<string> {
    return new Promise((resolve) => {
      execFile('docker', ['exec', '-i', CONTAINER, 'sh', '-c', line], (_error, stdout) => resolve(stdout));
    });
  }
}
