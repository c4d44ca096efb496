import type { IRecordService } from './types';

export class RecordService implements IRecordService {
  constructor(private readonly token: string) {}

  async createRecord(table: string, fields: Record<string, unknown>) {
    const response = await fetch(`https://api.example-tables.com/v0/${table}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ fields }),
    });
    return response.json();
  }

  async listRecords(table: string) {
    const response = await fetch(`https://api.example-tables.com/v0/${table}`, { headers: { Authorization: `Bearer ${this.token}` } });
    return response.json();
  }
}
