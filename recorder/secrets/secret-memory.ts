// The secrets a process knows by value: those its environment holds, and those the run learned (a
// value once masked by shape, field or header name). Each is masked wherever it appears after, in
// every form it takes on the wire, and in every process of the run (through SharedSecretsFile).
import type { Span } from './mask.js';
import { valueForms, worthMaskingByValue } from './secret-values.js';
import { ValueIndex } from './value-index.js';
import type { SharedSecretsFile } from './shared-secrets.js';

export class SecretMemory {
  private readonly values = new Set<string>();
  /** All forms of all values, found in one pass; rebuilt after a value is added. */
  private matcher: ValueIndex | null = null;

  constructor(private readonly shared: SharedSecretsFile | null = null) {
    this.refresh();
  }

  get size(): number {
    return this.values.size;
  }

  /** The values known so far (for the end-of-run audit in the CLI, which holds the run's key). */
  known(): string[] {
    return [...this.values];
  }

  /** A value masked by shape or by name: remembered (and told to the other processes) when it looks like a credential. */
  learn(value: string): void {
    if (this.values.has(value) || !worthMaskingByValue(value)) return;
    this.add(value, true);
  }

  /** A value to mask whatever it looks like (an environment variable the user named). */
  remember(value: string, share = true): void {
    if (value.length === 0 || this.values.has(value)) return;
    this.add(value, share);
  }

  /** Takes in what the other processes of the run learned since the last look. */
  refresh(): void {
    if (!this.shared) return;
    for (const value of this.shared.readNew()) {
      if (!this.values.has(value)) this.add(value, false);
    }
  }

  /** Adds a span for each place a known value appears in `text`. */
  find(text: string, spans: Span[]): void {
    if (this.values.size === 0) return;
    (this.matcher ??= this.buildMatcher()).find(text, spans);
  }

  close(): void {
    this.shared?.close();
  }

  private add(value: string, share: boolean): void {
    this.values.add(value);
    this.matcher = null;
    if (share) this.shared?.append(value);
  }

  private buildMatcher(): ValueIndex {
    const forms = new Set<string>();
    for (const value of this.values) for (const form of valueForms(value)) forms.add(form);
    return new ValueIndex(forms);
  }
}
