// AI SDK 7 `timeout: { chunkMs }` or `{ firstChunkMs }` alone bounds stalls, not the whole call:
// a model that keeps trickling tokens runs forever, so these are reported at lower severity.
// Adding `totalMs` (or `stepMs`) bounds the call.
import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export function streamReleaseNotes(diff: string) {
  return streamText({ // expect: missing-deadline severity=warn
    model: openai('gpt-5-mini'),
    prompt: `Write release notes for this diff:\n${diff}`,
    timeout: { chunkMs: 15_000 },
  });
}

export function streamCodeReview(diff: string) {
  return streamText({ // expect: missing-deadline severity=warn
    model: openai('gpt-5'),
    prompt: `Review this diff for bugs:\n${diff}`,
    timeout: { firstChunkMs: 20_000 },
  });
}

export function streamCommitMessage(diff: string) {
  return streamText({
    model: openai('gpt-5-nano'),
    prompt: `Write a one-line commit message for:\n${diff}`,
    timeout: { firstChunkMs: 10_000, chunkMs: 5_000, totalMs: 60_000 },
  });
}
