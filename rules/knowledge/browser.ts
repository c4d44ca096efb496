// Browser code: what marks a module or a request as running in a page. RULES.md: a client component or hook
// calling `fetch` on the app's own routes is bounded by the page and the person using it.
export const browserCode = {
  /** Next.js / React Server Components: the module runs in the browser. */
  clientDirective: 'use client',
  /** Globals only a page has (Node has none of them). */
  globals: ['window', 'document', 'localStorage', 'sessionStorage', 'FileReader', 'requestAnimationFrame', 'navigator'],
  /**
   * `fetch` options with meaning only in a browser: `credentials` (cookies of the page's origin) and `mode` (CORS).
   * Node's fetch (undici) ignores `credentials` and rejects nothing for `mode` — code that sets them targets a page.
   */
  fetchOptions: ['credentials', 'mode'],
  /**
   * The values RequestInit gives them: a property of that name holding another string (`mode: 'BROADCAST_MODE_SYNC'`
   * in a request body) is not a fetch option.
   */
  fetchOptionValues: { credentials: ['include', 'same-origin', 'omit'], mode: ['cors', 'no-cors', 'same-origin', 'navigate'] } as Readonly<Record<string, ReadonlyArray<string>>>,
  /** React hooks (a function named `useX`) and components (PascalCase) run in the page when their module does. */
  hookName: /^use[A-Z]/,
  /** React renderers whose hooks run outside a page: a terminal (Ink), a device (React Native). */
  nonPageRenderers: ['ink', 'react-native'],
  checkedAgainst: 'node@20.20 (fetch rejects relative URLs: "Failed to parse URL"), undici@7 RequestInit; typescript lib.dom.d.ts RequestCredentials, RequestMode',
};
