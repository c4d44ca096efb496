// The project's outbound providers, written as interfaces. The SMS provider is built by factories that return object
// literals: one posts to the carrier, one only records the message for demos. The pager interface has no
// implementation in the project (a plugin supplies it at run time).
export interface SmsProvider {
  sendText(to: string, body: string): Promise<{ id: string }>;
  deliveryStatus(id: string): Promise<string>;
}

export interface PagerProvider {
  page(team: string, summary: string): Promise<void>;
}

export function createCarrierSms(baseUrl: string, token: string): SmsProvider {
  return {
    async sendText(to, body) {
      const response = await fetch(`${baseUrl}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ to, body }),
      });
      return (await response.json()) as { id: string };
    },
    async deliveryStatus(id) {
      const response = await fetch(`${baseUrl}/messages/${id}`, { headers: { authorization: `Bearer ${token}` } });
      return ((await response.json()) as { status: string }).status;
    },
  };
}

export function createDemoSms(): SmsProvider {
  const sent: string[] = [];
  return {
    async sendText(to, body) {
      sent.push(`${to}: ${body}`);
      return { id: String(sent.length) };
    },
    async deliveryStatus() {
      return 'delivered';
    },
  };
}
