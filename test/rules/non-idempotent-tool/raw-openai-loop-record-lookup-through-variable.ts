// A hand-written OpenAI loop whose tools live in a `Record<string, handler>`, looked up through a variable:
// `const { name } = toolCall.function; const handler = toolHandlers[name]; await handler(args)`, and again
// in a `runTool(name, args)` helper the loop calls with `toolCall.function.name`. Every function of both
// tables is a tool handler: enroll_student inserts a row (finding), email_guardian sends mail (finding);
// mark_attendance upserts and list_courses reads (clean). The node:http server below keeps its route
// handlers in a Record too, indexed by the request path: it is not fed by a model, so its INSERT is clean.
import { createServer } from 'node:http';
import OpenAI from 'openai';
import { Pool } from 'pg';
import nodemailer from 'nodemailer';

const openai = new OpenAI({ timeout: 60_000 });
const db = new Pool();
const mailer = nodemailer.createTransport({ host: 'smtp.school.example.org', port: 587 });

type Handler = (args: any) => Promise<unknown>;

const toolHandlers: Record<string, Handler> = {
  async enroll_student({ studentId, courseId }: { studentId: string; courseId: string }) {
    await db.query('INSERT INTO enrollments (student_id, course_id) VALUES ($1, $2)', [studentId, courseId]); // expect: non-idempotent-tool
    return { enrolled: true };
  },
  async mark_attendance({ studentId, lessonId, present }: { studentId: string; lessonId: string; present: boolean }) {
    await db.query(
      'INSERT INTO attendance (student_id, lesson_id, present) VALUES ($1, $2, $3) ON CONFLICT (student_id, lesson_id) DO UPDATE SET present = EXCLUDED.present',
      [studentId, lessonId, present],
    );
    return { saved: true };
  },
};

const guardianTools: Record<string, Handler> = {
  email_guardian: async ({ to, subject, text }: { to: string; subject: string; text: string }) => {
    await mailer.sendMail({ from: 'office@school.example.org', to, subject, text }); // expect: non-idempotent-tool
    return { sent: true };
  },
  list_courses: async () => (await db.query('SELECT id, title FROM courses ORDER BY title')).rows,
};

async function runTool(toolName: string, args: unknown) {
  const handler = guardianTools[toolName];
  if (!handler) return { error: `unknown tool ${toolName}` };
  return handler(args);
}

export async function schoolOfficeAgent(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const toolCall of message.tool_calls) {
      if (toolCall.type !== 'function') continue;
      const { name, arguments: rawArgs } = toolCall.function;
      const args = JSON.parse(rawArgs);
      const handler = toolHandlers[name];
      const result = handler ? await handler(args) : await runTool(toolCall.function.name, args);
      messages.push({ role: 'tool', tool_call_id: toolCall.id, content: JSON.stringify(result) });
    }
  }
  return null;
}

// The school's admin API: routes by path, called by the office's web app.
const routes: Record<string, (body: any) => Promise<unknown>> = {
  '/api/guardians': async ({ studentId, email }) => {
    await db.query('INSERT INTO guardians (student_id, email) VALUES ($1, $2)', [studentId, email]);
    return { created: true };
  },
};

createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
  const result = route ? await route(JSON.parse(Buffer.concat(chunks).toString() || '{}')) : { error: 'not found' };
  res.end(JSON.stringify(result));
}).listen(8080);
