// The runtime's queue types as `wrangler types` writes them beside a Worker's sources (abridged).
interface QueueRetryOptions {
  delaySeconds?: number;
}

interface Message<Body = unknown> {
  readonly id: string;
  readonly body: Body;
  readonly attempts: number;
  retry(options?: QueueRetryOptions): void;
  ack(): void;
}
