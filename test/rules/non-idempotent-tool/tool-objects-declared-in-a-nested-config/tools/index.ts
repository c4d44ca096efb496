import { listTools } from './lists.js';

export const allTools = { ...listTools };
