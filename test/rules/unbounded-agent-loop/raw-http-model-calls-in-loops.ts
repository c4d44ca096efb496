// Agent loops whose model call is a plain HTTP request: `fetch` to an OpenAI-compatible `/chat/completions`
// (OpenRouter here), and a helper posting to Anthropic's `/v1/messages`. Only the model's answer ends either loop.
// The twin that counts turns, and a loop polling a job status endpoint, are clean.
const OPENROUTER = 'https://openrouter.ai/api/v1';
const MAX_TURNS = 10;

type Message = { role: string; content: string; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }> };
declare function runTool(name: string, args: string): Promise<string>;

async function chat(messages: Message[]): Promise<Message> {
  const res = await fetch(`${OPENROUTER}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.OPENROUTER_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'openai/gpt-5-mini', messages }),
    signal: AbortSignal.timeout(60_000),
  });
  const data = await res.json();
  return data.choices[0].message;
}

export async function toolLoop(messages: Message[]) {
  while (true) { // expect: unbounded-agent-loop
    const res = await fetch(`${OPENROUTER}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'openai/gpt-5-mini', messages }),
      signal: AbortSignal.timeout(60_000),
    });
    const reply: Message = (await res.json()).choices[0].message;
    messages.push(reply);
    if (!reply.tool_calls?.length) return reply.content;
    for (const call of reply.tool_calls) messages.push({ role: 'tool', content: await runTool(call.function.name, call.function.arguments) });
  }
}

async function askClaude(prompt: string): Promise<string> {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY!, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }),
    signal: AbortSignal.timeout(60_000),
  });
  return (await res.json()).content[0].text;
}

export async function refineUntilApproved(draft: string) {
  let current = draft;
  let verdict = '';
  do { // expect: unbounded-agent-loop
    current = await askClaude(`Improve this draft:\n${current}`);
    verdict = await askClaude(`Answer APPROVED or REJECTED:\n${current}`);
  } while (!verdict.includes('APPROVED'));
  return current;
}

export async function boundedToolLoop(messages: Message[]) {
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const reply = await chat(messages);
    messages.push(reply);
    if (!reply.tool_calls?.length) return reply.content;
    for (const call of reply.tool_calls) messages.push({ role: 'tool', content: await runTool(call.function.name, call.function.arguments) });
  }
  throw new Error('no answer within the turn budget');
}

export async function waitForExport(jobId: string) {
  while (true) {
    const res = await fetch(`https://api.example.com/v1/exports/${jobId}`, { signal: AbortSignal.timeout(10_000) });
    const job = await res.json();
    if (job.status === 'done') return job.url;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
