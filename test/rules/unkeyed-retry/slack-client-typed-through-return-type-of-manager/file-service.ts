// The client taken from the manager by calling its method: `deps.clientManager.getClientForOperation('write')` is the
// WebClient the interface's written return type names. Sharing a file's permalink posts a message (retried, no key);
// reading the file's info is clean.
import type { SlackClientManager } from './types.js';

export interface FileServiceDependencies {
  clientManager: SlackClientManager;
}

export function createFileService(deps: FileServiceDependencies) {
  const shareFile = async (fileId: string, channel: string) => {
    const client = deps.clientManager.getClientForOperation('write');
    const info = await client.files.info({ file: fileId });
    const result = await client.chat.postMessage({ channel, text: `File shared: ${info.file?.permalink ?? fileId}` }); // expect: unkeyed-retry
    return result.ts;
  };
  return { shareFile };
}
