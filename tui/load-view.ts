// Loads the view: the single-file bundle the build makes beside this module when it is there (fast to
// load), else the modules themselves (running from source, or before a full build). Both are the same
// code; errors from the bundle carry the same names (RecordingFormatError), not the same classes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ViewModule = typeof import('./open-view.js');

export async function loadView(): Promise<ViewModule> {
  // Ink draws nothing but the last frame when it believes it runs in CI (is-in-ci reads CI at import).
  // The view is only opened on a terminal, where a person (or a pty test in CI) wants every frame.
  if (process.stdout.isTTY) {
    for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
  }
  const bundle = new URL('./open-view.bundle.js', import.meta.url);
  if (existsSync(fileURLToPath(bundle))) return (await import(bundle.href)) as ViewModule;
  return import('./open-view.js');
}
