// A React hook: it runs only in a page, so its request to a URL it is given is the page's own business.
export function useUpload(uploadUrl: string) {
  return async (file: Blob) => {
    const body = new FormData();
    body.append('file', file);
    const res = await fetch(uploadUrl, { method: 'POST', body });
    return res.json();
  };
}
