// Page utilities (FileReader, window): fetches of URLs the page hands in, with the page's cookies.
const cache: Record<string, string> = {};

export function cacheImage(imageUrl: string): Promise<string> {
  if (cache[imageUrl]) return Promise.resolve(cache[imageUrl]!);
  const reader = new FileReader();
  return fetch(imageUrl, { method: 'GET', credentials: 'include' })
    .then((res) => res.blob())
    .then((blob) => new Promise((resolve) => {
      reader.onload = () => resolve((cache[imageUrl] = String(reader.result)));
      reader.readAsDataURL(blob);
    }));
}

export function serviceWorkerEnabled(): boolean {
  return Boolean((window as unknown as { _SW_ENABLED?: boolean })._SW_ENABLED);
}
