// A path after a field that starts empty is not a relative URL: the constructor gives the field an origin.
export class EvaluationRunner {
  baseURL = '';

  constructor(baseURL: string) {
    this.baseURL = baseURL;
  }

  async predict(flowId: string, question: string) {
    const res = await fetch(`${this.baseURL}/api/v1/prediction/${flowId}`, { method: 'POST', body: JSON.stringify({ question }) }); // expect: missing-deadline
    return res.json();
  }
}
