// Look-alikes of the frameworks of question 21 that are the project's own: a class named GameFunction, a
// decorator named aiFunction and an `Action` type declared here. None is a tool a model calls.
type Action = { name: string; handler: () => Promise<void> };

class GameFunction {
  constructor(readonly options: { name: string; executable: () => Promise<void> }) {}
}

function aiFunction(_spec: { name: string }) {
  return (_target: unknown, _context: unknown) => undefined;
}

export const nightlySync = new GameFunction({
  name: 'nightly_sync',
  executable: async () => {
    await fetch('https://crm.example.com/api/sync', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  },
});

export class Jobs {
  @aiFunction({ name: 'rebuild' })
  async rebuild() {
    await fetch('https://crm.example.com/api/rebuild', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }
}

export const resetAction: Action = {
  name: 'reset',
  handler: async () => {
    await fetch('https://crm.example.com/api/reset', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  },
};
