import type { ChatApi, ChatTurn } from './chat-api.js';

/** Replays canned turns (demos, offline runs). */
export class ScriptedChat implements ChatApi {
  constructor(private readonly turns: ChatTurn[]) {}

  async complete(): Promise<ChatTurn> {
    return this.turns.shift() ?? { text: 'done', toolCalls: [] };
  }
}
