export interface Plugin {
  name: string;
  actions: Array<{ name: string; description: string; handler: () => Promise<void> }>;
}
