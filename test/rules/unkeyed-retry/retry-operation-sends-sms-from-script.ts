// A nightly reminder script, not a tool handler: the rule applies anywhere in the project.
// node-retry's operation re-runs the SMS POST after a timeout, texting the customer twice.
import axios from 'axios';
import retry from 'retry';

interface Reminder {
  phone: string;
  appointmentAt: string;
}

const sms = axios.create({
  baseURL: 'https://api.sms-gateway.example.com/2010-04-01',
  timeout: 8_000,
  auth: { username: process.env.SMS_SID ?? '', password: process.env.SMS_TOKEN ?? '' },
});

export function sendReminder(reminder: Reminder): Promise<string> {
  const operation = retry.operation({ retries: 5, factor: 2, minTimeout: 1_000, randomize: true });
  return new Promise((resolve, reject) => {
    operation.attempt(async () => {
      try {
        const { data } = await sms.post('/Messages.json', { // expect: unkeyed-retry
          To: reminder.phone,
          Body: `Reminder: your appointment is at ${reminder.appointmentAt}.`,
        });
        resolve(data.sid as string);
      } catch (error) {
        if (operation.retry(error as Error)) return;
        reject(operation.mainError());
      }
    });
  });
}

export async function main(reminders: Reminder[]) {
  for (const reminder of reminders) {
    console.log(await sendReminder(reminder));
  }
}
