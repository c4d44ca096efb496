export interface IRecordService {
  createRecord(table: string, fields: Record<string, unknown>): Promise<{ id: string }>;
  listRecords(table: string): Promise<Array<{ id: string }>>;
}

export interface INotifier {
  notify(userId: string, text: string): Promise<void>;
}

export type ToolContext = { records: IRecordService; notifier: INotifier };
