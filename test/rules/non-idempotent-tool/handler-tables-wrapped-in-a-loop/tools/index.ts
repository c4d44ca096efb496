// Gathers the per-file tables and wraps every handler once, in a loop, to count its calls: the wrapped table holds the
// same tools (each wrapper runs the handler it was made for).
import { NOTE_HANDLERS } from './notes.js';
import { ORDER_HANDLERS } from './orders.js';

type Handler = (args: Record<string, string>) => Promise<string>;

const allHandlers = { ...ORDER_HANDLERS, ...NOTE_HANDLERS };
const calls = new Map<string, number>();

function withCallCounts(): Record<string, Handler> {
  const counted: Record<string, Handler> = {};
  for (const [name, handler] of Object.entries(allHandlers)) {
    counted[name] = async (args) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return handler(args);
    };
  }
  return counted;
}

export const HANDLERS = withCallCounts();
