// The openai v3 client's other requests take their axios config at other positions (openai 3.3.0 api.ts): the
// list calls take only it, and the multipart uploads take their form fields first, the config last
// (`createTranscription(file, model, prompt?, responseFormat?, temperature?, language?, options?)`). Every one goes
// through the global axios instance: no default deadline. Clean: the config in its own position with a `timeout`
// or a `signal`, and a client whose configuration's `baseOptions` set a `timeout`.
import { Configuration, OpenAIApi } from 'openai';
import { createReadStream } from 'node:fs';

const speech = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
const patientSpeech = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY, baseOptions: { timeout: 45_000 } }));

export async function transcribeVoiceNote(path: string) {
  const audio = createReadStream(path) as unknown as File;
  const result = await speech.createTranscription(audio, 'whisper-1'); // expect: missing-deadline
  return result.data.text;
}

export async function availableModels() {
  const listing = await speech.listModels(); // expect: missing-deadline
  return listing.data.data.map((m) => m.id);
}

export async function uploadTrainingData(path: string) {
  const upload = await speech.createFile(createReadStream(path) as unknown as File, 'fine-tune'); // expect: missing-deadline
  return upload.data.id;
}

export async function transcribeWithDeadline(path: string) {
  const audio = createReadStream(path) as unknown as File;
  const result = await speech.createTranscription(audio, 'whisper-1', undefined, 'json', 0, 'en', { timeout: 60_000 });
  return result.data.text;
}

export async function availableModelsUntil(signal: AbortSignal) {
  const listing = await speech.listModels({ signal });
  return listing.data.data.map((m) => m.id);
}

export async function transcribeOnPatientClient(path: string) {
  const audio = createReadStream(path) as unknown as File;
  const result = await patientSpeech.createTranscription(audio, 'whisper-1');
  return result.data.text;
}
