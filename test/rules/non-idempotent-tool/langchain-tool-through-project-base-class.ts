// LangChain tools that extend a project's own base class, which extends StructuredTool: the subclass's
// `_call` is a tool handler as if it extended StructuredTool directly. ArchiveThreadTool POSTs (finding);
// LabelCountTool only reads (clean). MailboxJob has a `_call` method too, but its base class is not a
// LangChain tool: its POST stays clean.
import { StructuredTool } from '@langchain/core/tools';
import { z } from 'zod';

const MAIL_API = 'https://mail.example.com/api';

abstract class MailboxTool extends StructuredTool {
  protected readonly mailbox = process.env.MAILBOX_ID ?? 'support';

  protected url(path: string) {
    return `${MAIL_API}/mailboxes/${this.mailbox}${path}`;
  }
}

export class ArchiveThreadTool extends MailboxTool {
  name = 'archive_thread';
  description = 'Move a mail thread to the archive folder';
  schema = z.object({ threadId: z.string() });

  protected override async _call({ threadId }: { threadId: string }) {
    const res = await fetch(this.url(`/threads/${threadId}/moves`), { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ to: 'archive' }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'archived' : `failed: ${res.status}`;
  }
}

export class LabelCountTool extends MailboxTool {
  name = 'label_count';
  description = 'Count threads under a label';
  schema = z.object({ label: z.string() });

  protected override async _call({ label }: { label: string }) {
    const res = await fetch(this.url(`/labels/${encodeURIComponent(label)}/count`), { signal: AbortSignal.timeout(5_000) });
    return res.text();
  }
}

abstract class Job {
  abstract _call(): Promise<void>;
}

export class MailboxJob extends Job {
  async _call() {
    await fetch(`${MAIL_API}/mailboxes/support/reindex`, { method: 'POST', signal: AbortSignal.timeout(60_000) });
  }
}
