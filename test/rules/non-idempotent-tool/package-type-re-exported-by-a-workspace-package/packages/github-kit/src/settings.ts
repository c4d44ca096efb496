// A type of the package's own: a client of nothing.
export interface ReviewSettings {
  request(route: string, body: Record<string, unknown>): Promise<unknown>;
}
