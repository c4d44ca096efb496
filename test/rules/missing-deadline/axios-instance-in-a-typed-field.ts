// An axios instance made in the constructor and held in a field typed with axios's own class (`client: Axios`,
// `AxiosInstance`): each request is an axios call, judged by the options the instance was created with — no timeout
// (axios has none by default) is a finding; `timeout` on `axios.create` or on the request clears it. An instance handed
// in from elsewhere, whose creation cannot be seen, is not judged.
import axios, { Axios, type AxiosInstance } from 'axios';

export class GameClient {
  public client: Axios;
  private readonly bounded: AxiosInstance;

  constructor(private apiKey: string) {
    this.client = axios.create({ baseURL: 'https://api.example.com/v2', headers: { 'x-api-key': this.apiKey } });
    this.bounded = axios.create({ baseURL: 'https://api.example.com/v2', timeout: 10_000 });
  }

  async createMap(locations: string[]) {
    const result = await this.client.post<{ data: { id: string } }>('/maps', { data: { locations } }); // expect: missing-deadline
    return result.data.data;
  }

  async getAction(agentId: string) {
    const result = await this.client.post(`/agents/${agentId}/actions`, {}, { timeout: 30_000 });
    return result.data;
  }

  async listMaps() {
    return (await this.bounded.get('/maps')).data;
  }
}

export class LateClient {
  private http: AxiosInstance | undefined;

  setUp(http: AxiosInstance) {
    this.http = http;
  }

  async ping() {
    return this.http?.get('/ping');
  }
}
