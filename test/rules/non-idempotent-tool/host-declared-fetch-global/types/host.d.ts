// The globals an embedding host injects into the script runtime, declared by the project itself.

interface HostRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeout?: number;
}

interface HostResponse {
  status: number;
  body: string;
}

/** Outbound HTTP, proxied by the host. */
declare const http: {
  request(url: string, options?: HostRequestOptions): Promise<HostResponse>;
};

/** The same, as one function. */
declare function hostFetch(url: string, init?: { method?: string; body?: string }): Promise<HostResponse>;

/** A key-value store: a URL-like key, but no request options — not a fetch. */
declare const settings: {
  put(key: string, options?: { value: string; ttl?: number }): Promise<void>;
};

/** Job lookups by number: not a fetch either. */
declare const jobs: {
  fetch(id: number, options?: { method?: string; body?: string }): Promise<HostResponse>;
};
