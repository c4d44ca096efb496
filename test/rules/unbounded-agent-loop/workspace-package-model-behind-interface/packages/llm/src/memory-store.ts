import type { TranscriptStore } from './chat-api.js';

export class MemoryStore implements TranscriptStore {
  private readonly lines: string[] = [];

  async append(line: string): Promise<void> {
    this.lines.push(line);
  }

  async next(): Promise<string | undefined> {
    return this.lines.shift();
  }
}
