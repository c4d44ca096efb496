import type { Resend } from 'resend';

export class MailService {
  constructor(private readonly resend: Resend) {}

  async send(args: unknown) {
    const { to, text } = args as { to: string; text: string };
    await this.resend.emails.send({ from: 'bot@example.com', to, subject: 'message', text });
    return { content: [{ type: 'text', text: 'sent' }] };
  }
}
