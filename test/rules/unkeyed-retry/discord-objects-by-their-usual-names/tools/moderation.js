// A tool table the model's choice picks from (`TOOLS[name](client, message, args)`): the functions are called by no
// project code by name, so their `message` is the one the bot's listener hands on. A JSDoc naming the type through
// the usual namespace says the same. Clean: a parameter documented as the project's own type, a `message` a project
// function is called with (what its callers pass decides), a read.
async function createRole(client, message, args) {
  const role = await message.guild.roles.create({ name: args.name }); // expect: unkeyed-retry
  return `Created ${role.name}`;
}

/**
 * @param {object} args
 * @param {Discord.Message} discordMessage
 */
async function remind(args, discordMessage) {
  await discordMessage.channel.send(`Reminder: ${args.text}`); // expect: unkeyed-retry
}

/** @param {LogEntry} message the entry to store */
async function store(message) {
  await message.send();
}

async function countMembers(client, message) {
  const members = await message.guild.members.fetch();
  return members.size;
}

function summarise(message) {
  return message.send ? 'queued' : 'idle';
}

async function forward(message) {
  await message.send('forwarded');
}

const outbox = { send: async (text) => console.log(text) };
forward(outbox);
summarise(outbox);

module.exports = { TOOLS: { createRole, remind, store, countMembers } };
