export interface ChatTurn {
  text: string;
  toolCalls: Array<{ name: string; input: string }>;
}

export interface ChatApi {
  complete(messages: Array<{ role: string; content: string }>): Promise<ChatTurn>;
}

export interface TranscriptStore {
  append(line: string): Promise<void>;
  next(): Promise<string | undefined>;
}
