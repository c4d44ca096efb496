import type { ToolEntry } from '../../types.js';
import { balanceExecutor, balanceTool } from './balance.js';
import { formatTransfer, sendCoinsExecutor, sendCoinsTool } from './send.js';

export const tools: ToolEntry[] = [
  { tool: sendCoinsTool, executor: sendCoinsExecutor, format: formatTransfer },
  { tool: balanceTool, executor: balanceExecutor },
];
