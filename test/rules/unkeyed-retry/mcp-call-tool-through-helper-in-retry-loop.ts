// A reconnect loop re-sends a tool call after a dropped connection — which can come after the server ran the
// tool. The tool call is one step removed: a module helper (reported at the retried call to it), or a local
// `invoke` written in the loop before the attempt (made anew each attempt: reported at its tool call). Listing
// the tools again is a read.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';

const client = new Client({ name: 'ops-console', version: '1.0.0' });
declare function reconnect(): Promise<void>;

async function callRemoteTool(name: string, args: Record<string, unknown>) {
  return client.callTool({ name, arguments: args });
}

export async function runWithReconnect(name: string, args: Record<string, unknown>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await callRemoteTool(name, args); // expect: unkeyed-retry
    } catch (error) {
      if (attempt >= 2) throw error;
      await reconnect();
    }
  }
}

export async function runInvokeWithReconnect(name: string, args: Record<string, unknown>) {
  for (let attempt = 0; ; attempt++) {
    const invoke = () => client.callTool({ name, arguments: args }, undefined, { timeout: 30_000 }); // expect: unkeyed-retry
    try {
      return await invoke();
    } catch (error) {
      if (attempt >= 2) throw error;
      await reconnect();
    }
  }
}

export async function listWithReconnect() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.listTools();
    } catch (error) {
      if (attempt >= 2) throw error;
      await reconnect();
    }
  }
}
