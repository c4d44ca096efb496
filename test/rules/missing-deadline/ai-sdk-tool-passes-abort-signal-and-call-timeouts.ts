// AI SDK 7 calls bounded by `timeout` (a number, `{ totalMs }`, `{ stepMs }`) or `abortSignal`,
// and a tool that passes the abortSignal it receives on to fetch. Nothing here is reported.
import { generateText, streamText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const searchFlights = tool({
  description: 'Search flights between two airports on a date',
  inputSchema: z.object({ from: z.string(), to: z.string(), date: z.string() }),
  execute: async ({ from, to, date }, { abortSignal }) => {
    const res = await fetch(`https://flights.example.com/search?from=${from}&to=${to}&date=${date}`, {
      signal: abortSignal,
    });
    return (await res.json()) as { flights: Array<{ number: string; departsAt: string }> };
  },
});

export async function planTrip(request: string) {
  const { text } = await generateText({
    model: openai('gpt-5'),
    prompt: request,
    tools: { searchFlights },
    stopWhen: stepCountIs(5),
    timeout: 90_000,
  });
  return text;
}

export async function planTripTotal(request: string) {
  const { text } = await generateText({
    model: openai('gpt-5'),
    prompt: request,
    tools: { searchFlights },
    stopWhen: stepCountIs(5),
    timeout: { totalMs: 120_000, toolMs: 15_000 },
  });
  return text;
}

export function streamItinerary(request: string) {
  return streamText({
    model: openai('gpt-5-mini'),
    prompt: request,
    tools: { searchFlights },
    stopWhen: stepCountIs(4),
    timeout: { stepMs: 30_000 },
  });
}

export async function summariseBooking(booking: string, signal: AbortSignal) {
  const { text } = await generateText({
    model: openai('gpt-5-nano'),
    prompt: `Summarise this booking for an email subject line:\n${booking}`,
    abortSignal: signal,
  });
  return text;
}
