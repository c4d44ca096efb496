import { makeAuditListener, makeGreeter, makeHelpReply } from './listeners/welcome.js';

/**
 * @param {import('@slack/bolt').App} app
 * @param {{ on(name: string, listener: Function): void }} bus
 * @param {{ greeted(user: string): Promise<boolean> }} store
 */
export function register(app, bus, store) {
  app.event('member_joined_channel', makeGreeter(store));
  app.action('help_button', makeHelpReply());
  bus.on('audit', makeAuditListener());
}
