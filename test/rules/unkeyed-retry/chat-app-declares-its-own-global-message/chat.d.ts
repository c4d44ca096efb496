// The chat app's own global types: a chat message the UI can send again. No queue's message.
interface Message {
  id: string;
  text: string;
  retry(): void;
}

interface MessageBatch {
  messages: Message[];
  retryAll(): void;
}
