// One facade method per tool, each handing the validated input on to the function that calls the label service.
import { createLabel, listLabels } from './labels-api.js';

export class LabelHandlers {
  constructor(private readonly apiKey: string) {}

  async createLabel(params: { name: string; color: string }) {
    return createLabel(this.apiKey, params); // expect: non-idempotent-tool
  }

  async listLabels(params: { prefix?: string }) {
    return listLabels(this.apiKey, params);
  }
}
