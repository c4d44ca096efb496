// A project helper written `<T>(make: () => T): T` (a lazily created client behind a Proxy) hands back what `make`
// returns, as far as its callers can tell.
export function lazy<T>(make: () => T): T {
  let made: T | undefined;
  return new Proxy({} as object, {
    get(_, key) {
      made ??= make();
      return (made as Record<string | symbol, unknown>)[key];
    },
  }) as T;
}
