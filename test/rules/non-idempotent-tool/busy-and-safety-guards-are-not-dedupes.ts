// A dedupe is a check against what an earlier run of the same call left behind (RULES.md: "a dedupe skips the write
// when a lookup finds the record"). Guards that refuse a call for another reason let a repeat run again once they pass:
// an in-flight set the run empties in its `finally` (`if (running.has(id)) return`) refuses only while a run is going;
// a busy status (`status === 'running'`) likewise; a safety verdict returned as a refusal held in a const
// (`const result = { success: false, error }; return result`) turns the call down. Each tool below still runs its
// command or job twice on a repeat. The dedupe beside them — a set of the jobs that ran, never emptied — stays clean.
import { spawn } from 'node:child_process';
import { tool } from 'ai';
import { z } from 'zod';

interface Job { id: number; prompt: string }
const jobs = new Map<number, Job>();
const runningJobIds = new Set<number>();

async function runAgentPrompt(prompt: string): Promise<void> {
  await fetch('https://agent.example.com/runs', { method: 'POST', body: JSON.stringify({ prompt }), signal: AbortSignal.timeout(10_000) });
}

async function executeJob(job: Job): Promise<void> {
  if (runningJobIds.has(job.id)) {
    console.warn('job already running');
    return;
  }
  runningJobIds.add(job.id);
  try {
    await runAgentPrompt(job.prompt);
  } finally {
    runningJobIds.delete(job.id);
  }
}

const doneJobIds = new Set<number>();

async function runOnce(job: Job): Promise<void> {
  if (doneJobIds.has(job.id)) return;
  doneJobIds.add(job.id);
  try {
    await runAgentPrompt(job.prompt);
  } finally {
    console.log('job finished', job.id);
  }
}

interface Session { id: string; activeCommand?: { status: 'running' | 'exited' } }
const sessions = new Map<string, Session>();

function getSession(id: string): Session {
  const session = sessions.get(id) ?? { id };
  sessions.set(id, session);
  return session;
}

function runInSession(sessionId: string, command: string): void {
  const session = getSession(sessionId);
  if (session.activeCommand?.status === 'running') {
    throw new Error(`Session ${sessionId} already has a running command`);
  }
  session.activeCommand = { status: 'running' };
  spawn('bash', ['-c', command]);
}

function classifyCommand(command: string, platform: string): { risk: 'allow' | 'deny' } {
  return { risk: /rm -rf \/|mkfs/.test(command) && platform !== 'sandbox' ? 'deny' : 'allow' };
}
const getPlatform = () => process.platform;

export const opsTools = {
  runJobNow: tool({
    description: 'Run a scheduled job now',
    inputSchema: z.object({ id: z.number() }),
    execute: async ({ id }) => {
      const job = jobs.get(id);
      if (!job) return 'no such job';
      await executeJob(job); // expect: non-idempotent-tool
      return 'started';
    },
  }),
  runJobOnce: tool({
    description: 'Run a job unless it already ran',
    inputSchema: z.object({ id: z.number() }),
    execute: async ({ id }) => {
      const job = jobs.get(id);
      if (!job) return 'no such job';
      await runOnce(job);
      return 'done';
    },
  }),
  terminal: tool({
    description: 'Run a command in a terminal session',
    inputSchema: z.object({ sessionId: z.string(), command: z.string() }),
    execute: async ({ sessionId, command }) => {
      runInSession(sessionId, command); // expect: non-idempotent-tool
      return 'started';
    },
  }),
  shell: tool({
    description: 'Run a shell command',
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => {
      const safety = classifyCommand(command, getPlatform());
      if (safety.risk === 'deny') {
        const result = { success: false, output: '', error: `blocked: ${command}` };
        return result;
      }
      spawn('sh', ['-c', command]); // expect: non-idempotent-tool
      return { success: true };
    },
  }),
};
