// Tracing wrappers that hand back the client or SDK they were given, with the same interface: a call made through
// the wrapped value is the wrapped client's call (`const { generateText } = wrapAISDK(ai)`, `wrapOpenAI(new OpenAI())`).

export interface TracingWrapper {
  module: ReadonlyArray<string>;
  /** Exported functions whose first argument is the value they return, wrapped. */
  exports: ReadonlyArray<string>;
  checkedAgainst: string;
}

export const tracingWrappers: ReadonlyArray<TracingWrapper> = [
  { module: ['braintrust'], exports: ['wrapAISDK', 'wrapOpenAI', 'wrapOpenAIv4', 'wrapAnthropic', 'wrapGoogleGenAI'],
    checkedAgainst: 'braintrust@3.35.0 (dist/index.d.ts: wrapAISDK<T>(aiSDK: T): T, wrapOpenAI<T>(openai: T): T, wrapAnthropic<T>(anthropic: T): T, wrapGoogleGenAI<T>(googleGenAI: T): T)' },
  { module: ['langsmith/wrappers', 'langsmith/wrappers/openai', 'langsmith/wrappers/anthropic'], exports: ['wrapOpenAI', 'wrapAnthropic', 'wrapSDK'],
    checkedAgainst: 'langsmith@0.12.0 (dist/wrappers/openai.d.ts wrapOpenAI(openai: T) => PatchedOpenAIClient<T>, wrappers/generic.d.ts wrapSDK<T>(sdk: T) => T)' },
  { module: ['langsmith/experimental/vercel'], exports: ['wrapAISDK'],
    checkedAgainst: 'langsmith@0.12.0 (dist/experimental/vercel/wrap.d.ts wrapAISDK(ai: { generateText, streamText, … }) → the same functions, traced)' },
  { module: ['langfuse', '@langfuse/openai'], exports: ['observeOpenAI'],
    checkedAgainst: '@langfuse/openai@5.11.1 (dist/index.d.ts observeOpenAI<SDKType>(sdk: SDKType, config?) => SDKType)' },
];
