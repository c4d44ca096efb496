import type { Tool, ToolExecutor } from '../../types.js';

export const balanceTool: Tool = { name: 'get_balance', description: 'Read the balance', parameters: { type: 'object', properties: {} } };

export const balanceExecutor: ToolExecutor = async () => {
  const res = await fetch('https://wallet.example.com/v1/balance', { signal: AbortSignal.timeout(10_000) });
  return { ok: res.ok, data: await res.json() };
};
