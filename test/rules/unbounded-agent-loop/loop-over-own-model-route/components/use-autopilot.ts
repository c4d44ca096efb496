// A hook that keeps asking the app's own agent route for the next step until the model says it is done: each
// request runs the model (app/api/agent/route.ts), and nothing but the model's answer ends the loop. Waiting
// for the status route to be ready is not an agent loop.
export async function runAutopilot(messages: Array<{ role: string; content: string }>) {
  let done = false;
  while (!done) { // expect: unbounded-agent-loop
    const res = await fetch('/api/agent', { method: 'POST', body: JSON.stringify({ messages }) });
    const step = await res.json();
    messages.push({ role: 'assistant', content: step.text });
    done = step.done;
  }
  return messages;
}

export async function waitUntilReady() {
  let ready = false;
  while (!ready) {
    const res = await fetch('/api/status');
    ready = (await res.json()).ready;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
