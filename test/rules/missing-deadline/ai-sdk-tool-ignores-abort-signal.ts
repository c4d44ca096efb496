// A Vercel AI SDK tool receives the call's abortSignal but calls fetch without it: a received
// signal that is not passed on clears nothing, even though generateText itself has a timeout.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const lookupShipment = tool({
  description: 'Look up the carrier status of a shipment by tracking number',
  inputSchema: z.object({ trackingNumber: z.string() }),
  execute: async ({ trackingNumber }, { abortSignal }) => {
    if (abortSignal?.aborted) return { status: 'cancelled' };
    const res = await fetch(`https://carrier.example.com/v2/track/${encodeURIComponent(trackingNumber)}`, { // expect: deadline-not-propagated else missing-deadline
      headers: { authorization: `Bearer ${process.env.CARRIER_TOKEN}` },
    });
    if (!res.ok) return { status: 'unknown', httpStatus: res.status };
    return (await res.json()) as { status: string; eta?: string };
  },
});

export async function answerShippingQuestion(question: string) {
  const { text } = await generateText({
    model: openai('gpt-5-mini'),
    system: 'You answer questions about parcel deliveries.',
    prompt: question,
    tools: { lookupShipment },
    stopWhen: stepCountIs(4),
    timeout: 60_000,
  });
  return text;
}
