export interface StreamResult { text: Promise<string>; toolCalls: Promise<unknown[]> }

export interface Agent {
  stream(options: { messages: unknown[]; abortSignal?: AbortSignal }): StreamResult;
}

export interface Clock {
  tick(): Promise<void>;
}
