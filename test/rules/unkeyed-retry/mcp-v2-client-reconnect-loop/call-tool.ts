// A reconnect loop that re-sends the tool call on a fresh client after the connection dropped — which can
// come after the server ran the tool. The call is written in the loop, in a local `invoke` that the attempt
// runs directly or hands to a wrapper: one finding, at the tool call. Listing the tools is a read.
import type { Client } from '@modelcontextprotocol/client';
import { evict, getClient } from './client-pool.js';

declare function withProgress<T>(client: Client, run: () => Promise<T>): Promise<T>;

export async function callTool(serverUrl: string, tool: string, args: Record<string, unknown>, options: { client?: Client; progress?: boolean } = {}) {
  let activeClient = options.client ?? (await getClient(serverUrl));
  for (let attempt = 0; ; attempt++) {
    const current = activeClient;
    const invoke = () =>
      current.callTool({ name: tool, arguments: args }, { timeout: 30_000 }); // expect: unkeyed-retry
    try {
      return options.progress ? await withProgress(current, invoke) : await invoke();
    } catch (error) {
      if (attempt >= 2) throw error;
      evict(serverUrl);
      activeClient = await getClient(serverUrl);
    }
  }
}

export async function listTools(serverUrl: string) {
  let activeClient = await getClient(serverUrl);
  for (let attempt = 0; ; attempt++) {
    try {
      return await activeClient.listTools();
    } catch (error) {
      if (attempt >= 2) throw error;
      evict(serverUrl);
      activeClient = await getClient(serverUrl);
    }
  }
}
