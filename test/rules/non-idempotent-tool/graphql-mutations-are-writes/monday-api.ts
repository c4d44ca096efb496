// A project API class that POSTs GraphQL documents: a POST to /graphql is a read until the document says mutation.
export class MondayApi {
  constructor(private readonly token: string) {}

  async request(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const response = await fetch('https://api.monday.com/v2/graphql', {
      method: 'POST',
      headers: { Authorization: this.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return response.json();
  }
}
