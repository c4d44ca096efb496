// The base class of the CRM tools: it holds the client (a constructor parameter property) that each subclass's tool calls.
import type { CrmClient } from './client.js';

export abstract class CrmToolBase {
  constructor(protected readonly crm: CrmClient) {}
}
