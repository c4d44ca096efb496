// Server code that talks about a page's document (in comments, and a local named `document`) is still server
// code: its request to a URL built from configuration stays in scope.
interface ScrapedDocument { title: string; markdown: string }

export async function scrapeToDocument(pageUrl: string): Promise<ScrapedDocument> {
  // Returns the origin-level document (unchanged) within the reuse window.
  const res = await fetch(`${process.env.SCRAPER_API}/v1/scrape`, { method: 'POST', body: JSON.stringify({ url: pageUrl }) }); // expect: missing-deadline
  const document: ScrapedDocument = await res.json();
  console.log(document.title);
  return document;
}
