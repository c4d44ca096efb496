// The one shape every capture adapter has: install into a process under a session (whose mode says
// record, replay or passthrough) and restore what it replaced.
import type { RecorderSession } from '../session.js';

export interface CaptureAdapter {
  readonly name: string;
  install(session: RecorderSession): void;
  restore(): void;
}
