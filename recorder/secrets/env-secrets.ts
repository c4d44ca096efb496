// The secrets a process holds in its environment, the way CI systems mask theirs: the values of
// variables whose names look secret (KEY, TOKEN, SECRET, PASSWORD, PASS, PWD, CREDENTIAL, AUTH,
// PRIVATE), 8 characters or more, plus any variable the user names with `--redact-env`.
import { isOrdinaryWord, MIN_VALUE_LENGTH } from './secret-values.js';

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|CREDENTIAL|AUTH|PRIVATE/i;

/** The shell's working directories: named like PWD, never secret. */
const NOT_SECRET_NAMES = new Set(['PWD', 'OLDPWD']);

/** A value named with --redact-env is masked from this length on (shorter ones would mask ordinary text). */
export const MIN_NAMED_VALUE_LENGTH = 4;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAMES.has(name.toUpperCase());
}

/**
 * Values under a secret-looking name that are still configuration, not credentials: numbers, words
 * ("disabled"), absolute paths (SSH_AUTH_SOCK, GOOGLE_APPLICATION_CREDENTIALS) and URLs without a
 * password in them (NEXTAUTH_URL). Masking those everywhere would change what a replayed program reads.
 */
export function isConfigurationValue(value: string): boolean {
  if (/^[-+]?[\d.]+$/.test(value) || isOrdinaryWord(value)) return true;
  if (/^(?:\/|~\/|[A-Za-z]:\\)\S*$/.test(value)) return true;
  return /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value);
}

export interface EnvSecret {
  name: string;
  value: string;
}

/** The secret values of `env`: by name, and those named explicitly (which skip the configuration test). */
export function envSecrets(env: NodeJS.ProcessEnv | ReadonlyMap<string, string>, namedByUser: readonly string[] = []): EnvSecret[] {
  const named = new Set(namedByUser);
  const entries = env instanceof Map ? [...env] : Object.entries(env);
  const secrets: EnvSecret[] = [];
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if (named.has(name)) {
      if (value.length >= MIN_NAMED_VALUE_LENGTH) secrets.push({ name, value });
    } else if (value.length >= MIN_VALUE_LENGTH && isSecretName(name) && !isConfigurationValue(value)) {
      secrets.push({ name, value });
    }
  }
  return secrets;
}
