// A project class extending the vendor's client: its instance is the vendor's client.
import { XeroClient } from 'xero-node';

class TenantXeroClient extends XeroClient {
  tenantId = '';
}

export const xero = new TenantXeroClient({ clientId: process.env.XERO_CLIENT_ID!, clientSecret: process.env.XERO_CLIENT_SECRET! });
