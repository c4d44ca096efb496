// The tools folder's index re-exports the default exports it imports: `export { sendEmail }` names an import.
import sendEmail from './send-email.js';
import listEmails from './list-emails.js';

export { sendEmail, listEmails };
