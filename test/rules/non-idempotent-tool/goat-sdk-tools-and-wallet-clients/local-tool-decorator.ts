// A decorator of the project's own that happens to be called Tool: not GOAT's, so its methods are not
// tools a model calls, and their POSTs are not this rule's concern.
const API = 'https://reports.example.com/v1';

function Tool(_params: { description: string }) {
  return (_target: object, _key: string, descriptor: PropertyDescriptor) => descriptor;
}

export class Reporting {
  @Tool({ description: 'Publish the nightly report' })
  async publish(rows: unknown[]) {
    await fetch(`${API}/reports`, { method: 'POST', body: JSON.stringify(rows), signal: AbortSignal.timeout(10_000) });
  }
}
