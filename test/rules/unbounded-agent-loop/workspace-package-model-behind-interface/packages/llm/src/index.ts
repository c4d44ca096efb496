// The package's entry: the interface the CLI codes against, and its implementations.
export type { ChatApi, ChatTurn } from './chat-api.js';
export { OpenAIChat } from './openai-chat.js';
export { ScriptedChat } from './scripted-chat.js';
