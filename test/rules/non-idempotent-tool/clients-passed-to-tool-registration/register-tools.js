// CommonJS tool registration: the MCP server and the Resend client are parameters, built by server.js
// and passed in. send_invite sends an email (reported at the call); invite_status only reads.
function registerInviteTools(server, resend) {
  server.tool('send_invite', 'Email an invitation', async ({ email }) => {
    await resend.emails.send({ from: 'team@example.com', to: email, subject: 'Invitation', text: 'Join us' }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'sent' }] };
  });

  server.tool('invite_status', 'Whether an invitation email went out', async ({ emailId }) => {
    const sent = await resend.emails.get(emailId);
    return { content: [{ type: 'text', text: sent.data ? sent.data.last_event : 'unknown' }] };
  });
}

module.exports = { registerInviteTools };
