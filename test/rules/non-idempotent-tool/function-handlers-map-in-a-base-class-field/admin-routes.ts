// Near-miss: the admin console's actions, the same shape — a Map field made in the constructor and filled with bound
// methods — looked up by the action an operator's HTTP request names, not by a model's function call. The POST in
// archiveAll is the app's own endpoint work, not a tool's (clean).
import express from 'express';

export class AdminActions {
  protected actionHandlers: Map<string, (body: any) => Promise<string>>;

  constructor() {
    this.actionHandlers = new Map();
    this.actionHandlers.set('archive_all', this.archiveAll.bind(this));
  }

  protected async archiveAll(body: { before: string }): Promise<string> {
    const res = await fetch('https://notes.example.com/api/archives', { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
    return String(res.status);
  }

  router() {
    const router = express.Router();
    router.post('/admin/:action', async (req, res) => {
      const handler = this.actionHandlers.get(req.params.action);
      res.send(handler ? await handler(req.body) : 'unknown action');
    });
    return router;
  }
}
