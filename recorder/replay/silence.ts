// An exchange replay keeps silent: no response, the connection held open, until the program's own
// deadline or abort ends it — however far ahead that is — or a cap runs out, which means the program
// set no deadline that would end this call (it would hang). The timer is referenced on purpose: the
// open connection kept the recorded process alive, and the program's own timeout (often unref'd, like
// AbortSignal.timeout's) must get its chance to fire.
import { setTimeout as realSetTimeout, clearTimeout as realClearTimeout } from 'node:timers';

/** How long replay waits for a silent call's own deadline before reporting that it would hang. */
export const DEFAULT_HANG_CAP_MS = 30_000;

export type SilenceOutcome = 'aborted' | 'cap';

/** `ended` is the interceptor's signal for the parsed request: it aborts when the client gives up. */
export function staySilent(ended: AbortSignal, capMs: number): Promise<SilenceOutcome> {
  return new Promise((resolve) => {
    if (ended.aborted) return resolve('aborted');
    const timer = realSetTimeout(() => resolve('cap'), capMs);
    ended.addEventListener(
      'abort',
      () => {
        realClearTimeout(timer);
        resolve('aborted');
      },
      { once: true },
    );
  });
}
