// A module-local function named `fetch` (a cache read) shadows the global fetch: calling it is
// not a network call, so nothing here is reported.
interface CachedPage {
  url: string;
  html: string;
  storedAt: number;
}

const pageCache = new Map<string, CachedPage>();

function fetch(url: string): CachedPage | undefined {
  const page = pageCache.get(url);
  if (page && Date.now() - page.storedAt < 3_600_000) return page;
  return undefined;
}

export function cachedPageText(url: string) {
  const page = fetch(url);
  return page?.html.replace(/<[^>]+>/g, ' ') ?? '';
}

export function rememberPage(url: string, html: string) {
  pageCache.set(url, { url, html, storedAt: Date.now() });
}
