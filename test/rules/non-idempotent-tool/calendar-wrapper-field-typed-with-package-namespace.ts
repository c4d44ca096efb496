// A project client wrapping Google Calendar, its field written with the package's namespace type
// (`calendar_v3.Calendar`, a namespace googleapis exports by name): that type is an instance of the calendar client, so
// `this.calendar.events.insert(…)` is the Calendar API's insert — booking a meeting creates a new event on every call.
// Listing events reads and stays clean.
import { google, calendar_v3 } from 'googleapis';
import { tool } from 'ai';
import { z } from 'zod';

class AgendaClient {
  constructor(private calendar: calendar_v3.Calendar) {}

  addEvent(params: calendar_v3.Params$Resource$Events$Insert) {
    return this.calendar.events.insert(params);
  }

  listEvents(params: calendar_v3.Params$Resource$Events$List) {
    return this.calendar.events.list(params);
  }
}

function agendaFor(accessToken: string) {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: accessToken });
  return new AgendaClient(google.calendar({ version: 'v3', auth }));
}

export const bookMeeting = tool({
  description: 'Book a meeting on the calendar',
  inputSchema: z.object({ title: z.string(), start: z.string(), end: z.string(), token: z.string() }),
  execute: async ({ title, start, end, token }) => {
    const agenda = agendaFor(token);
    const res = await agenda.addEvent({ calendarId: 'primary', requestBody: { summary: title, start: { dateTime: start }, end: { dateTime: end } } }); // expect: non-idempotent-tool
    return res.data.id;
  },
});

export const listMeetings = tool({
  description: 'List the meetings of the day',
  inputSchema: z.object({ day: z.string(), token: z.string() }),
  execute: async ({ day, token }) => {
    const agenda = agendaFor(token);
    const res = await agenda.listEvents({ calendarId: 'primary', timeMin: `${day}T00:00:00Z`, timeMax: `${day}T23:59:59Z` });
    return res.data.items ?? [];
  },
});
