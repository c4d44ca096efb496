// The client manager's interface: its methods hand out @slack/web-api WebClients.
import type { WebClient } from '@slack/web-api';

export type Operation = 'read' | 'write';

export interface SlackClientManager {
  getBotClient(): WebClient;
  getClientForOperation(operation: Operation): WebClient;
  describe(): string;
}
