// Services holding an axios instance in a field typed `AxiosInstance`: each is judged by the creation the
// constructor assigns — `axios.create` with no timeout leaves every request unbounded.
import axios, { type Axios, type AxiosInstance } from 'axios';

export class PerplexityService {
  private client: AxiosInstance;

  constructor(apiKey: string) {
    this.client = axios.create({ baseURL: 'https://api.perplexity.ai', headers: { Authorization: `Bearer ${apiKey}` } });
  }

  async query(question: string) {
    const res = await this.client.post('/chat/completions', { model: 'sonar', messages: [{ role: 'user', content: question }] }); // expect: missing-deadline
    return res.data;
  }
}

export class TimedService {
  private readonly client: AxiosInstance = axios.create({ baseURL: 'https://api.example.com', timeout: 15_000 });

  async status() {
    // Near-miss: the instance was created with a timeout.
    return (await this.client.get('/status')).data;
  }
}

export class InjectedService {
  private client: AxiosInstance;

  constructor(client: AxiosInstance) {
    this.client = client;
  }

  async status() {
    // Near-miss: the instance is handed in; how it was made is not seen here.
    return (await this.client.get('/status')).data;
  }
}

export async function ping(http: AxiosInstance) {
  // Near-miss: a parameter only its type names.
  return (await http.get('/ping')).data;
}

export class GameClient {
  public client: Axios;

  constructor(apiKey: string) {
    this.client = axios.create({ baseURL: 'https://sdk.example.io/v2', headers: { 'x-api-key': apiKey } });
  }

  async createMap(locations: string[]) {
    const result = await this.client.post('/maps', { data: { locations } }); // expect: missing-deadline
    return result.data;
  }
}
