export interface Notifier {
  client: { chat: { postMessage(args: { channel: string; text: string }): Promise<unknown> } };
}
