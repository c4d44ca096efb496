// Assistants runs are model calls: a loop that answers tool calls until the run stops asking is an agent loop
// the model ends. Polling a run's status (`runs.retrieve`) is not a model call.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

type ToolOutput = { tool_call_id: string; output: string };
declare function runTool(name: string, args: string): Promise<string>;

export async function runUntilDone(threadId: string, assistantId: string) {
  let run = await openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistantId });
  while (run.status === 'requires_action') { // expect: unbounded-agent-loop
    const calls = run.required_action?.submit_tool_outputs.tool_calls ?? [];
    const outputs: ToolOutput[] = [];
    for (const call of calls) outputs.push({ tool_call_id: call.id, output: await runTool(call.function.name, call.function.arguments) });
    run = await openai.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: threadId, tool_outputs: outputs });
  }
  return run;
}

export async function waitForRun(threadId: string, runId: string) {
  let run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
  while (run.status === 'queued' || run.status === 'in_progress') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    run = await openai.beta.threads.runs.retrieve(runId, { thread_id: threadId });
  }
  return run;
}
