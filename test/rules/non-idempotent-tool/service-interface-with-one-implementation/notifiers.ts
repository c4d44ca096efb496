import type { INotifier } from './types';

export class PushNotifier implements INotifier {
  async notify(userId: string, text: string) {
    await fetch('https://push.example.com/v1/messages', { method: 'POST', body: JSON.stringify({ userId, text }) });
  }
}

export class ConsoleNotifier implements INotifier {
  async notify(userId: string, text: string) {
    console.log(userId, text);
  }
}
