// pi-ai (`@mariozechner/pi-ai`, the provider layer of the pi coding agent): `completeSimple` and `streamSimple` send
// the context to the model's provider. A tool loop that goes on while the reply asks for tools has no bound; the
// twin that stops after 20 turns is clean.
import { completeSimple, getModel, streamSimple, type Context } from '@mariozechner/pi-ai';

declare function runTools(reply: unknown): Promise<Array<{ role: 'toolResult'; content: string }>>;

const model = getModel('anthropic', 'claude-sonnet-4-5');

export async function untilDone(context: Context): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    const reply = await completeSimple(model, context);
    const results = await runTools(reply);
    if (results.length === 0) return;
    context.messages.push(reply as never, ...(results as never[]));
  }
}

export async function boundedStream(context: Context): Promise<void> {
  for (let turn = 0; turn < 20; turn++) {
    const reply = await streamSimple(model, context).result();
    const results = await runTools(reply);
    if (results.length === 0) return;
    context.messages.push(reply as never, ...(results as never[]));
  }
}
