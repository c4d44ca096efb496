// Near-miss: stateful writes through the OpenAI and Anthropic SDKs with the built-in retries
// turned off (maxRetries: 0 on the client or on the request), or with an idempotency key sent
// in `headers`, where the SDK repeats it on each of its own retries.
import OpenAI, { toFile } from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { randomUUID } from 'node:crypto';

const openaiNoRetries = new OpenAI({ maxRetries: 0, timeout: 60_000 });
const openai = new OpenAI({ timeout: 60_000 });
const anthropic = new Anthropic({ maxRetries: 0, timeout: 60_000 });

export async function uploadTrainingData(jsonl: Buffer) {
  const file = await openaiNoRetries.files.create({ file: await toFile(jsonl, 'train.jsonl'), purpose: 'fine-tune' });
  const job = await openai.fineTuning.jobs.create(
    { model: 'gpt-4.1-mini', training_file: file.id },
    { maxRetries: 0 },
  );
  return job.id;
}

export async function createProjectStore(projectId: string) {
  const requestKey = randomUUID();
  return openai.vectorStores.create(
    { name: `project-${projectId}` },
    { headers: { 'Idempotency-Key': requestKey } },
  );
}

export async function queueSummaries(documents: { id: string; text: string }[]) {
  const batch = await anthropic.messages.batches.create({
    requests: documents.map((doc) => ({
      custom_id: doc.id,
      params: { model: 'claude-haiku-4-5', max_tokens: 300, messages: [{ role: 'user', content: doc.text }] },
    })),
  });
  return batch.id;
}
