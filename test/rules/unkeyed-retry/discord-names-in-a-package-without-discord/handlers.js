// The same names in a package that does not depend on discord.js: a queue consumer's `message` and `channel` are its
// own objects (an AMQP channel's `send` is no Discord post), so nothing here is known as discord.js. Clean.
async function onMessage(channel, message) {
  await message.reply('ack');
  await channel.send('processed');
}

module.exports = { onMessage };
