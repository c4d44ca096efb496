// The preview tool's function calls the same method name as post_entry, but its dispatcher (preview.ts) hands it
// a DryRunLedger, whose postEntry only keeps a draft in memory: clean.

export const previewHandlers = {
  async preview_entry(ledger: any, args: any) {
    const draft = await ledger.postEntry(args);
    return { content: [{ type: 'text', text: `Would post ${JSON.stringify(draft)}` }] };
  },
};
