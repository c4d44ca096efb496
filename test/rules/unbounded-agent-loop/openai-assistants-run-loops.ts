// Assistants runs are model calls. A loop that answers the tool calls of one run until the run stops asking
// carries on a run the server bounds: every run has an `expires_at` and ends `expired` when it passes (test/corpus
// README questions 43 and 58) — clean, like polling a run's status (`runs.retrieve`, not a model call). A loop that
// starts a new run on every pass, feeding each run's tool results into the next, is an agent loop only the model ends.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

type ToolOutput = { tool_call_id: string; output: string };
declare function runTool(name: string, args: string): Promise<string>;

export async function runUntilDone(threadId: string, assistantId: string) {
  let run = await openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistantId });
  while (run.status === 'requires_action') {
    const calls = run.required_action?.submit_tool_outputs.tool_calls ?? [];
    const outputs: ToolOutput[] = [];
    for (const call of calls) outputs.push({ tool_call_id: call.id, output: await runTool(call.function.name, call.function.arguments) });
    run = await openai.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: threadId, tool_outputs: outputs });
  }
  return run;
}

export async function pollAndAnswer(threadId: string, runId: string) {
  while (true) {
    const run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
    if (run.status === 'requires_action') {
      const calls = run.required_action?.submit_tool_outputs.tool_calls ?? [];
      const outputs: ToolOutput[] = [];
      for (const call of calls) outputs.push({ tool_call_id: call.id, output: await runTool(call.function.name, call.function.arguments) });
      await openai.beta.threads.runs.submitToolOutputs(runId, { thread_id: threadId, tool_outputs: outputs });
      continue;
    }
    if (run.status === 'queued' || run.status === 'in_progress') {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    return run;
  }
}

export async function runAgainUntilNoToolCalls(threadId: string, assistantId: string) {
  while (true) { // expect: unbounded-agent-loop
    const run = await openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistantId });
    const calls = run.required_action?.submit_tool_outputs.tool_calls ?? [];
    if (calls.length === 0) return run;
    await openai.beta.threads.runs.cancel(run.id, { thread_id: threadId });
    for (const call of calls) {
      const output = await runTool(call.function.name, call.function.arguments);
      await openai.beta.threads.messages.create(threadId, { role: 'user', content: `${call.function.name} returned ${output}` });
    }
  }
}

export async function waitForRun(threadId: string, runId: string) {
  let run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
  while (run.status === 'queued' || run.status === 'in_progress') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
  }
  return run;
}
