// Capabilities written as tool objects (`{ spec: { name, description, input_schema }, execute }`) whose `execute` is
// what a project factory returns: `execute: buildSubmit(deps)` runs the closure buildSubmit returns, which submits a
// billed render job on every call. `buildStatus(deps)` returns a closure that only reads the job's status, and
// `withRetries` hands back the function it is given, so the lookup is that function.
interface Deps { baseUrl?: string }

function buildSubmit(deps: Deps) {
  return async function execute(input: Record<string, unknown>) {
    const response = await fetch(`${deps.baseUrl ?? 'https://render.example.com'}/v1/jobs`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ prompt: input.prompt }),
      signal: AbortSignal.timeout(30_000),
    });
    return { output: await response.text() };
  };
}

function buildStatus(deps: Deps) {
  return async (input: Record<string, unknown>) => {
    const response = await fetch(`${deps.baseUrl ?? 'https://render.example.com'}/v1/jobs/${String(input.id)}`, { signal: AbortSignal.timeout(30_000) });
    return { output: await response.text() };
  };
}

function withRetries(run: (input: Record<string, unknown>) => Promise<{ output: string }>) {
  return async (input: Record<string, unknown>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(input);
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  };
}

async function lookUpJob(input: Record<string, unknown>) {
  const response = await fetch(`https://render.example.com/v1/jobs/${String(input.id)}`, { signal: AbortSignal.timeout(30_000) });
  return { output: await response.text() };
}

export function createRenderCapabilities(deps: Deps = {}) {
  return [
    {
      spec: { name: 'Render', description: 'Render a clip from a prompt', input_schema: { type: 'object', properties: { prompt: { type: 'string' } } } },
      execute: buildSubmit(deps),
    },
    {
      spec: { name: 'RenderStatus', description: 'Read a render job', input_schema: { type: 'object', properties: { id: { type: 'string' } } } },
      execute: buildStatus(deps),
    },
    {
      spec: { name: 'RenderLookup', description: 'Look up a render job', input_schema: { type: 'object', properties: { id: { type: 'string' } } } },
      execute: withRetries(lookUpJob),
    },
  ];
}
