// The Google Gen AI SDK (@google/genai): model calls, chat messages and the client's other requests. Checked in @google/genai@2.32.0's code
// (dist/node/index.mjs): no client-side timeout by default — `createAttemptSignal` arms a timer only for
// `httpOptions.timeout`, and the Node dispatcher turns undici's own 300 s timeouts off (the server bounds a unary
// call at 10 min, a stream at 20 min); 5 attempts on 408/429/5xx (DEFAULT_RETRY_ATTEMPTS). A call's
// `config.httpOptions` is patched over the client's, and `config.abortSignal` aborts every attempt. A chat sends
// `params.config ?? this.config`: the config given to `chats.create` when the message carries none.
import type { OutboundCallFact } from './types.js';

export const googleGenAiCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'Google Gen AI call', module: ['@google/genai'], export: ['GoogleGenAI', 'Chat'], instance: true,
    // `sendMessage` is a method of the chat `ai.chats.create(…)` makes (an instance of the client's making).
    path: ['models.generateContent', 'models.generateContentStream', 'sendMessage', 'sendMessageStream'],
    optionsArgs: [0], signalOptions: ['config.abortSignal'], timeoutOptions: ['config.httpOptions.timeout', 'httpOptions.timeout'],
    lenientDefault: 'the Google Gen AI SDK sets no client-side timeout (the server cuts a call off at 10 minutes, a stream at 20) and makes 5 attempts on 408/429/5xx',
    checkedAgainst: '@google/genai@2.32.0',
  },
  // The client's other requests go through the same `apiClient.request({ …, httpOptions: params.config?.httpOptions,
  // abortSignal: params.config?.abortSignal })` with the same defaults (test/corpus/README.md question 60:
  // `countTokens` is a network call with no default deadline). `files.upload` applies only `config.httpOptions`.
  {
    kind: 'llm', label: 'Google Gen AI call', module: ['@google/genai'], export: ['GoogleGenAI'], instance: true,
    path: ['models.generateImages', 'models.editImage', 'models.upscaleImage', 'models.recontextImage', 'models.segmentImage', 'models.generateVideos'],
    optionsArgs: [0], signalOptions: ['config.abortSignal'], timeoutOptions: ['config.httpOptions.timeout', 'httpOptions.timeout'],
    lenientDefault: 'the Google Gen AI SDK sets no client-side timeout and makes 5 attempts on 408/429/5xx',
    checkedAgainst: '@google/genai@2.32.0 (Models.*Internal: request({ httpOptions: config.httpOptions, abortSignal: config.abortSignal }))',
  },
  {
    kind: 'api', label: 'Google Gen AI API request', module: ['@google/genai'], export: ['GoogleGenAI'], instance: true,
    path: [
      'models.countTokens', 'models.computeTokens', 'models.embedContent', 'models.get', 'models.list', 'models.update', 'models.delete',
      'files.upload', 'files.get', 'files.list', 'files.delete',
      'caches.create', 'caches.get', 'caches.list', 'caches.update', 'caches.delete',
    ],
    optionsArgs: [0], signalOptions: ['config.abortSignal'], timeoutOptions: ['config.httpOptions.timeout', 'httpOptions.timeout'],
    lenientDefault: 'the Google Gen AI SDK sets no client-side timeout and makes 5 attempts on 408/429/5xx',
    checkedAgainst: '@google/genai@2.32.0 (Models.countTokens/computeTokens/embedContentInternal/get/listInternal/update/delete, Files.get/listInternal/delete, Caches.*: request({ httpOptions, abortSignal }) from params.config; Files.upload: apiClient.uploadFile(file, config) with config.httpOptions)',
  },
];
