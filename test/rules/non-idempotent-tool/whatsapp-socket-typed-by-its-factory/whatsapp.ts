// The socket's type is what Baileys' factory returns: its sendMessage sends a new message under a fresh id.
import { makeWASocket } from '@whiskeysockets/baileys';

export type WhatsAppSocket = ReturnType<typeof makeWASocket>;

export async function sendWhatsAppMessage(sock: WhatsAppSocket | null, jid: string, text: string) {
  if (!sock) throw new Error('not connected');
  return sock.sendMessage(jid, { text });
}

/** Near-miss: the message id comes from the caller's stable key, so a repeat is the same message. */
export async function sendOnce(sock: WhatsAppSocket, jid: string, text: string, key: string) {
  return sock.sendMessage(jid, { text }, { messageId: key });
}
