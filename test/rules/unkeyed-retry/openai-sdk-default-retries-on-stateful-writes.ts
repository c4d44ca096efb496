// A knowledge-base ingestion job on the openai SDK. The client retries twice by default and sends
// no idempotency key, so each stateful write can be duplicated; the completion/response calls and
// the reads are not findings. An `idempotencyKey` request option is never sent by this client.
import OpenAI, { toFile } from 'openai';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const openai = new OpenAI({ timeout: 60_000 });

export async function ingestHandbook(paths: string[]) {
  const store = await openai.vectorStores.create({ name: `handbook-${new Date().toISOString().slice(0, 10)}` }); // expect: unkeyed-retry
  for (const path of paths) {
    const file = await openai.files.create({ file: await toFile(await readFile(path), path), purpose: 'assistants' }); // expect: unkeyed-retry
    // Attaching an uploaded file: the vector-store file takes the file's id, so a repeat adds nothing (corpus question 70).
    await openai.vectorStores.files.create(store.id, { file_id: file.id });
  }
  const existing = await openai.files.list({ purpose: 'assistants' });
  return { storeId: store.id, totalFiles: existing.data.length };
}

export async function submitNightlyEvals(jsonl: Buffer) {
  const key = randomUUID();
  const input = await openai.files.create( // expect: unkeyed-retry
    { file: await toFile(jsonl, 'evals.jsonl'), purpose: 'batch' },
    { idempotencyKey: key },
  );
  return openai.batches.create({ input_file_id: input.id, endpoint: '/v1/responses', completion_window: '24h' }); // expect: unkeyed-retry
}

export async function startFineTune(trainingFileId: string) {
  const job = await openai.fineTuning.jobs.create({ model: 'gpt-4.1-mini', training_file: trainingFileId }); // expect: unkeyed-retry
  return job.id;
}

export async function summarise(text: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise:\n${text}` }],
  });
  const response = await openai.responses.create({ model: 'gpt-5-mini', input: `Title for:\n${text}` });
  return { summary: completion.choices[0]?.message.content, title: response.output_text };
}

export async function renderTrailer(prompt: string) {
  // A video job is stored and billed (README question 30): a retried create after a lost response starts a second one.
  const video = await openai.videos.create({ model: 'sora-2', prompt }); // expect: unkeyed-retry
  // Image generation returns its result and stores nothing: completion-like.
  const poster = await openai.images.generate({ model: 'gpt-image-1', prompt });
  return { videoId: video.id, poster: poster.data?.[0]?.b64_json };
}
