// The openai SDK (openai@7): calls that reach the network, their defaults, and its stateful writes.
// Defaults checked in openai@7.57.0: timeout 10 min, maxRetries 2, no idempotency key sent unless an
// idempotency header is configured (the client never configures one), so `idempotencyKey` protects nothing.
import { openaiRequestMethods } from './openai-request-methods.js';
import { requestMethodFacts } from './sdk-requests.js';
import type { FrameworkModelCallFact, OutboundCallFact, WriteFact } from './types.js';

const client = { module: ['openai'], export: ['default', 'OpenAI', 'AzureOpenAI'], instance: true } as const;

/** Calls that run the model (the rest of the client's requests are API calls with the same defaults). */
const modelCalls = [
  'chat.completions.create', 'chat.completions.stream', 'chat.completions.parse', 'chat.completions.runTools',
  'beta.chat.completions.parse', 'beta.chat.completions.stream', 'beta.chat.completions.runTools', 'beta.chat.completions.runFunctions',
  'responses.create', 'responses.stream', 'responses.parse', 'responses.compact', 'beta.responses.create', 'beta.responses.compact',
  'completions.create',
  'beta.threads.createAndRun', 'beta.threads.createAndRunPoll', 'beta.threads.createAndRunStream',
  'beta.threads.runs.create', 'beta.threads.runs.createAndPoll', 'beta.threads.runs.createAndStream', 'beta.threads.runs.stream',
  'beta.threads.runs.submitToolOutputs', 'beta.threads.runs.submitToolOutputsAndPoll', 'beta.threads.runs.submitToolOutputsStream',
];

/**
 * Calls that carry on an Assistants run that already exists (tool outputs handed back to it), not a new run: the
 * server bounds a run's life (every Run has an `expires_at`; a run not finished by then ends `expired`), so a loop
 * that only polls a run and answers its tool calls ends when the run does (test/corpus/README.md questions 43, 58).
 */
export const serverExpiringRunCalls: FrameworkModelCallFact[] = [
  { label: 'OpenAI Assistants run continuation', ...client, path: ['beta.threads.runs.submitToolOutputs', 'beta.threads.runs.submitToolOutputsAndPoll', 'beta.threads.runs.submitToolOutputsStream'],
    checkedAgainst: 'openai@7.57.0 (Run.expires_at, status `expired`; openai-node v4.28 resources/beta/threads/runs)' },
];

/** Every request method of the client (RULES.md: all carry the 10-minute default), each with the argument taking its request options. */
export const openaiCalls: OutboundCallFact[] = requestMethodFacts(
  openaiRequestMethods,
  { modelCalls, labels: { llm: 'OpenAI model call', api: 'OpenAI API request' } },
  {
    ...client, signalOptions: ['signal'], timeoutOptions: ['timeout'],
    lenientDefault: 'the OpenAI SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: 'openai@7.57.0 (older paths: openai-node v4.104.0, v4.80.0)',
  },
);

/**
 * openai v3 (`new OpenAIApi(new Configuration({…}))`): every method sends `{ method, ...configuration.baseOptions,
 * ...options }` through the global axios instance — no default timeout, no retries. Its last argument is an axios
 * request config; these methods take it second.
 */
const v3Client = { module: ['openai'], export: ['OpenAIApi'], instance: true } as const;
const v3 = { signalOptions: ['signal'], timeoutOptions: ['timeout', 'baseOptions.timeout'], optionsArgs: [1],
  checkedAgainst: 'openai@3.3.0 (api.ts: `{ method, ...baseOptions, ...options }`; common.ts createRequestFunction: globalAxios.request)' };
/**
 * The rest of the v3 client's requests, by the position of their trailing axios config (openai@3.3.0 api.ts
 * OpenAIApi signatures): the list calls take only it; the multipart uploads take the form fields first
 * (`createTranscription(file, model, prompt?, responseFormat?, temperature?, language?, options?)`).
 */
const v3ApiByOptionsArg: Record<number, string[]> = {
  0: ['listModels', 'listFiles', 'listEngines', 'listFineTunes'],
  1: ['createEmbedding', 'createModeration', 'createImage', 'createFineTune', 'createAnswer', 'createClassification',
    'retrieveModel', 'deleteModel', 'retrieveFile', 'deleteFile', 'downloadFile', 'retrieveEngine', 'retrieveFineTune', 'cancelFineTune'],
  2: ['createFile', 'createSearch', 'listFineTuneEvents'],
  5: ['createTranslation', 'createImageVariation'],
  6: ['createTranscription'],
  7: ['createImageEdit'],
};
openaiCalls.push(
  { kind: 'llm', label: 'OpenAI v3 model call', ...v3Client, path: ['createChatCompletion', 'createCompletion', 'createEdit'], ...v3 },
  ...Object.entries(v3ApiByOptionsArg).map(([arg, path]) => (
    { kind: 'api' as const, label: 'OpenAI v3 API request', ...v3Client, path, ...v3, optionsArgs: [Number(arg)] })),
);

const statefulRetries = { count: 'the OpenAI SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' };

/** Requests that create state (a file, a store, a job, a message): each retry after a lost response creates it again. */
const statefulCreates = [
  'files.create', 'uploads.create', 'uploads.parts.create', 'batches.create', 'fineTuning.jobs.create',
  // Not `vectorStores.files.create` / `createAndPoll`: they attach a file already uploaded, and the vector-store file
  // takes that file's id, so a repeat adds nothing (test/corpus/README.md questions 6, 59, 70). `upload` /
  // `uploadAndPoll` upload a new file first, and stay.
  'vectorStores.create', 'vectorStores.files.upload', 'vectorStores.files.uploadAndPoll',
  'vectorStores.fileBatches.create', 'vectorStores.fileBatches.createAndPoll', 'vectorStores.fileBatches.uploadAndPoll',
  'beta.assistants.create', 'beta.threads.create', 'beta.threads.messages.create',
  'containers.create', 'conversations.create', 'conversations.items.create',
  // A billed generation job the API stores (test/corpus/README.md question 30): a retry after a lost response starts a second one.
  'videos.create',
  // openai 4 kept vector stores under `beta`
  'beta.vectorStores.create', 'beta.vectorStores.files.upload',
  'beta.vectorStores.files.uploadAndPoll', 'beta.vectorStores.fileBatches.create', 'beta.vectorStores.fileBatches.createAndPoll',
  'beta.vectorStores.fileBatches.uploadAndPoll',
];

/** The stateful creates, grouped by the argument taking their request options — where an Idempotency-Key header goes. */
export const openaiWrites: WriteFact[] = [...new Set(statefulCreates.map((path) => openaiRequestMethods[path]![openaiRequestMethods[path]!.length - 1]!))]
  .map((arg) => ({
    label: 'OpenAI stateful create', write: 'create' as const, ...client,
    path: statefulCreates.filter((path) => openaiRequestMethods[path]!.at(-1) === arg),
    keyOption: { arg, names: ['headers'] },
    builtInRetries: statefulRetries,
    checkedAgainst: 'openai@7.57.0 (older paths: openai-node v4.104.0, v4.80.0)',
  }));
