// The SDK's poll and upload helpers create state too, and are retried like any request (twice, no key): a
// duplicate file batch or an uploaded file twice. Attaching a file already uploaded (`files.create` /
// `files.createAndPoll`) is not: the vector-store file takes the file's id, so a repeat adds nothing. Each takes its request options after the store id and body,
// which is where `maxRetries: 0` or an Idempotency-Key header must go.
import OpenAI, { toFile } from 'openai';

const openai = new OpenAI({ timeout: 120_000 });

export async function attachFiles(vectorStoreId: string, fileIds: string[]) {
  const batch = await openai.vectorStores.fileBatches.createAndPoll(vectorStoreId, { file_ids: fileIds }); // expect: unkeyed-retry
  await openai.vectorStores.files.createAndPoll(vectorStoreId, { file_id: fileIds[0]! }, { maxRetries: 0 });
  // Attaching one uploaded file needs no key: the vector-store file takes the file's id (corpus question 70).
  await openai.vectorStores.files.createAndPoll(vectorStoreId, { file_id: fileIds[1]! });
  return batch;
}

export async function uploadPolicy(vectorStoreId: string, name: string, text: string) {
  const file = await toFile(Buffer.from(text), name);
  await openai.vectorStores.files.uploadAndPoll(vectorStoreId, file, { headers: { 'Idempotency-Key': `policy-${vectorStoreId}-${name}` } });
  return openai.vectorStores.files.upload(vectorStoreId, file); // expect: unkeyed-retry
}
