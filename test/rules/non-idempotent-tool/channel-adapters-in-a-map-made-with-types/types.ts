// The channel adapter contract every chat integration implements.
export interface ChannelAdapter {
  readonly id: string;
  post(channelId: string, text: string): Promise<void>;
  history(channelId: string): Promise<string[]>;
}
