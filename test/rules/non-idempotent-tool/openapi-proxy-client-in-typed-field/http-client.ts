// An OpenAPI proxy's HTTP client: the field is typed as an axios instance, but what the constructor puts in it
// is an openapi-client-axios client (`client.init()`), whose operations are named at run time.
import type { AxiosInstance } from 'axios';
import OpenAPIClientAxios from 'openapi-client-axios';

export interface Operation {
  operationId?: string;
  method: string;
  path: string;
}

export class HttpClient {
  private api: Promise<AxiosInstance>;
  private client: OpenAPIClientAxios;

  constructor(baseUrl: string, definition: object) {
    this.client = new OpenAPIClientAxios({ definition, axiosConfigDefaults: { baseURL: baseUrl, timeout: 10_000 } });
    this.api = this.client.init();
  }

  async executeOperation(operation: Operation, params: Record<string, unknown>) {
    const api = await this.api;
    const operationFn = (api as any)[operation.operationId!];
    const response = await operationFn(params, undefined, { timeout: 10_000 });
    return response.data;
  }
}
