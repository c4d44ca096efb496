// Shared HTTP clients: the ticketing client is created once with a timeout, so every request
// made through it, in any module, has a deadline.
import axios from 'axios';

export const ticketingApi = axios.create({
  baseURL: 'https://tickets.example.com/api/v3',
  timeout: 10_000,
  headers: { authorization: `Bearer ${process.env.TICKETING_TOKEN}` },
});
