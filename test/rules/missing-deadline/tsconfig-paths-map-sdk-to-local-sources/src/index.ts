// Stand-in for an SDK's own sources, as in the SDK's repository: its examples import 'openai' and the
// tsconfig's `paths` maps that name here so they type-check against the working tree.
import { Completions } from './resources/completions.js';

export interface ClientOptions {
  apiKey?: string;
  timeout?: number;
}

export default class OpenAI {
  readonly chat: { completions: Completions };

  constructor(readonly options: ClientOptions = {}) {
    this.chat = { completions: new Completions(this) };
  }
}
