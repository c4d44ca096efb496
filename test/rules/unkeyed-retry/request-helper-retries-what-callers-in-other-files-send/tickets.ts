// Callers in their own file: one POST that creates a ticket through the retrying helper (the finding is the
// helper's re-send, in http.ts), and reads through the other helper.
import type { AxiosRequestConfig } from 'axios';
import { readWithRetries, sendWithRetries } from './http';

export async function openTicket(subject: string, body: string) {
  const request: AxiosRequestConfig = {
    method: 'POST',
    url: 'https://desk.example.com/api/tickets',
    data: { subject, body },
  };
  return (await sendWithRetries(request))?.data;
}

export async function listTickets() {
  return (await readWithRetries({ method: 'GET', url: 'https://desk.example.com/api/tickets' })).data;
}

export async function ticket(id: string) {
  return (await readWithRetries({ url: `https://desk.example.com/api/tickets/${id}` })).data;
}
