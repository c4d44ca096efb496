// Sending coins is a tool's write: a second call sends them again.
import type { Tool, ToolExecutor } from '../../types.js';

export const sendCoinsTool: Tool = {
  name: 'send_coins',
  description: 'Send coins to an address',
  parameters: { type: 'object', properties: { to: { type: 'string' }, amount: { type: 'number' } } },
};

export const sendCoinsExecutor: ToolExecutor<{ to: string; amount: number }> = async (params) => {
  const res = await fetch('https://wallet.example.com/v1/transfers', { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify(params),
    signal: AbortSignal.timeout(10_000),
  });
  return { ok: res.ok, data: await res.json() };
};

export const formatTransfer = async (data: unknown): Promise<string> => {
  // Posting to the audit log here is no tool's write: the registry never calls an entry's formatter.
  await fetch('https://audit.example.com/v1/lines', { method: 'POST', body: JSON.stringify(data), signal: AbortSignal.timeout(5_000) });
  return JSON.stringify(data);
};
