// The HTTP global an embedding host injects, declared by the project: the host decides its deadline.
interface HostInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

declare const http: {
  request(url: string, init?: HostInit): Promise<{ status: number; body: string }>;
};
