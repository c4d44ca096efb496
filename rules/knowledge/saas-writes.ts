// SDK calls that create, send, charge or delete in other systems (payments, email, chat, code hosts,
// databases, queues), with where each takes an idempotency key and whether its client retries on its own.
import type { CallPattern, Checked, WriteFact } from './types.js';

const stripeClient = { module: ['stripe'], export: ['default', 'Stripe'], instance: true } as const;
// @octokit/action's Octokit is @octokit/core with the REST endpoint methods (src/index.ts: Core.plugin(paginateRest, legacyRestEndpointMethods)).
// Probot hands each event listener a Context whose `octokit` is a ProbotOctokit (probot@12 src/context.ts,
// src/octokit/probot-octokit.ts: Octokit.plugin(throttling, retry, paginateRest, restEndpointMethods, …)).
const octokitClient = { module: ['@octokit/rest', 'octokit', '@octokit/core', '@octokit/action', 'probot'], export: ['Octokit', 'App', 'Context', 'ProbotOctokit'], instance: true } as const;
const resendClient = { module: ['resend'], export: ['Resend'], instance: true } as const;
const supabaseClient = { module: ['@supabase/supabase-js'], instance: true } as const;
const voltOpsClient = { module: ['@voltagent/core', '@voltagent/sdk'], export: ['VoltOpsClient', 'VoltOpsActionsClient', 'createVoltOpsClient'], instance: true } as const;

/** Telegram Bot API sends (grammY and Telegraf name them alike), as methods of any object of the client. */
const telegramSends = [
  'sendMessage', 'sendPhoto', 'sendAudio', 'sendVoice', 'sendDocument', 'sendVideo', 'sendAnimation', 'sendSticker', 'sendVideoNote', 'sendMediaGroup',
  'sendPoll', 'sendQuiz', 'sendLocation', 'sendVenue', 'sendContact', 'sendDice', 'sendGame', 'sendInvoice', 'forwardMessage', 'copyMessage',
  'reply', 'replyWithPhoto', 'replyWithAudio', 'replyWithVoice', 'replyWithDocument', 'replyWithVideo', 'replyWithAnimation', 'replyWithSticker',
  'replyWithVideoNote', 'replyWithMediaGroup', 'replyWithPoll', 'replyWithQuiz', 'replyWithLocation', 'replyWithVenue', 'replyWithContact',
  'replyWithDice', 'replyWithGame', 'replyWithInvoice', 'replyWithHTML', 'replyWithMarkdown', 'replyWithMarkdownV2',
].map((method) => `**.${method}`);

/** @slack/web-api WebClient methods that make a new object each call (see the Slack create facts below). */
const slackCreates = ['bookmarks.add', 'reminders.add', 'canvases.create', 'calls.add', 'slackLists.create', 'slackLists.items.create'];

const jsforceConnection = { module: ['jsforce'], instance: true } as const;
const jsforceChecked = 'jsforce@3.10.8 (lib/connection.js, lib/sobject.js, lib/api/tooling.js: insert = create, delete/del = destroy)';

export const saasWrites: WriteFact[] = [
  // A PaymentIntent created without `confirm: true` (the parameter defaults to false) waits for a payment method or a
  // confirmation and charges nothing (README questions 59, 85 and 120): a charge only when the call confirms it, or when
  // its package confirms intents elsewhere (`paymentIntents.confirm`, itself a charge below).
  { label: 'Stripe create', write: 'charge', ...stripeClient, path: ['paymentIntents.create'],
    writesOnlyWith: { arg: 0, properties: ['confirm'], unlessPackageMentions: /paymentIntents\.confirm\b/ },
    keyOption: { arg: 'last', names: ['idempotencyKey'] },
    checkedAgainst: 'stripe@23.1.0 (esm/resources/PaymentIntents.d.ts PaymentIntentCreateParams.confirm: "Set to `true` to attempt to confirm this PaymentIntent immediately. This parameter defaults to `false`")' },
  // stripe-node's automatic key covers only its own retries inside one call: a tool that runs again makes a new charge.
  { label: 'Stripe create', write: 'charge', ...stripeClient, path: ['*.create', '*.*.create', '*.confirm', '*.capture', '*.pay', '*.createReversal'],
    keyOption: { arg: 'last', names: ['idempotencyKey'] }, checkedAgainst: 'stripe@23.1.0' },
  // invoices.sendInvoice POSTs /v1/invoices/{id}/send, which e-mails the invoice again on every call; addLines adds the
  // line items once more per call. (paymentIntents.incrementAuthorization is not here: its `amount` is the new total.)
  { label: 'Stripe send', write: 'send', ...stripeClient, path: ['invoices.sendInvoice'],
    keyOption: { arg: 'last', names: ['idempotencyKey'] }, checkedAgainst: 'stripe@23.1.0 (esm/resources/Invoices.js sendInvoice: POST /v1/invoices/{id}/send)' },
  { label: 'Stripe add', write: 'append', ...stripeClient, path: ['invoices.addLines'],
    keyOption: { arg: 'last', names: ['idempotencyKey'] }, checkedAgainst: 'stripe@23.1.0 (esm/resources/Invoices.js addLines: POST /v1/invoices/{id}/add_lines)' },
  { label: 'Stripe update', write: 'update-set', ...stripeClient, path: ['*.update', '*.*.update'],
    keyOption: { arg: 'last', names: ['idempotencyKey'] }, checkedAgainst: 'stripe@23.1.0' },
  { label: 'Stripe delete', write: 'delete-id', ...stripeClient, path: ['*.del', '*.cancel', '*.*.del'],
    keyOption: { arg: 'last', names: ['idempotencyKey'] }, checkedAgainst: 'stripe@23.1.0' },
  // Resend (src/*/…ts): only emails.send/create, batch.send/create and emails.receiving.forward take `idempotencyKey`
  // (an Idempotency-Key header, src/resend.ts post()); every other create is a plain POST.
  { label: 'Resend email send', write: 'send', ...resendClient, path: ['emails.send', 'emails.create', 'batch.send', 'batch.create', 'emails.receiving.forward'],
    keyOption: { arg: 1, names: ['idempotencyKey'] }, checkedAgainst: 'resend@6.22.0' },
  { label: 'Resend send', write: 'send', ...resendClient, path: ['broadcasts.send', 'events.send'], checkedAgainst: 'resend@6.22.0' },
  { label: 'Resend create', write: 'create', ...resendClient,
    path: ['apiKeys.create', 'automations.create', 'automations.duplicate', 'broadcasts.create', 'contactProperties.create', 'contacts.create',
      'contacts.imports.create', 'domains.create', 'events.create', 'segments.create', 'audiences.create', 'templates.create', 'templates.duplicate',
      'topics.create', 'webhooks.create'],
    checkedAgainst: 'resend@6.22.0' },
  // Adding a known contact to a known segment, or an address to the suppression list, sets membership.
  { label: 'Resend add', write: 'upsert', ...resendClient, path: ['contacts.segments.add', 'suppressions.add'], checkedAgainst: 'resend@6.22.0' },
  { label: 'Resend update', write: 'update-set', ...resendClient,
    path: ['*.update', 'contacts.topics.update', 'broadcasts.cancel', 'emails.cancel', 'automations.stop', 'templates.publish', 'domains.verify'],
    checkedAgainst: 'resend@6.22.0' },
  { label: 'Resend delete', write: 'delete-id', ...resendClient, path: ['*.remove', 'contacts.segments.remove', 'oauthGrants.revoke'], checkedAgainst: 'resend@6.22.0' },
  // Todoist's close completes a task, and a recurring one moves on to its next occurrence (Todoist's documentation, read
  // in test/corpus/README.md question 134): a repeat skips one more, a relative step. `requestId`, the second argument,
  // is sent as the request's X-Request-Id.
  { label: 'Todoist', write: 'increment',
    module: ['@doist/todoist-api-typescript', '@doist/todoist-sdk'], export: ['TodoistApi'], instance: true, path: ['closeTask'],
    keyOption: { arg: 1, names: [], positional: true },
    checkedAgainst: '@doist/todoist-api-typescript@5.0.1 (src/TodoistApi.ts closeTask(id, requestId?): request(\'POST\', …, tasks/{id}/close, …, requestId)) and 9.3.0 (src/todoist-api.ts closeTask: "Closes (completes) a task by its ID")' },
  // Crossmint's API client (ApiClient#post/put/patch/delete(path, init)) sends fetch with that method to its base URL.
  { label: 'Crossmint API', write: 'create', module: ['@crossmint/common-sdk-base'], export: ['CrossmintApiClient'], instance: true, path: ['post'],
    pathArg: 0, checkedAgainst: '@crossmint/common-sdk-base@0.4 (packages/common/base/src/apiClient/ApiClient.ts)' },
  { label: 'Crossmint API', write: 'update-set', module: ['@crossmint/common-sdk-base'], export: ['CrossmintApiClient'], instance: true,
    path: ['put', 'patch'], checkedAgainst: '@crossmint/common-sdk-base@0.4 (packages/common/base/src/apiClient/ApiClient.ts)' },
  { label: 'Crossmint API', write: 'delete-id', module: ['@crossmint/common-sdk-base'], export: ['CrossmintApiClient'], instance: true,
    path: ['delete'], checkedAgainst: '@crossmint/common-sdk-base@0.4 (packages/common/base/src/apiClient/ApiClient.ts)' },
  { label: 'SendGrid send', write: 'send', module: ['@sendgrid/mail'], export: ['default'], path: ['send', 'sendMultiple'], checkedAgainst: '@sendgrid/mail@8' },
  // Actual Budget's API: each create sends its handler a new record (transactions get fresh ids; an account, payee or
  // rule is not refused under a name it already has), synced to the budget's server. `importTransactions` dedupes by
  // `imported_id` and `createCategoryGroup` is refused under an existing name (corpus question 19): neither is here.
  { label: 'Actual Budget create', write: 'create', module: ['@actual-app/api'], export: ['addTransactions', 'createAccount', 'createPayee', 'createRule'], path: [''],
    checkedAgainst: '@actual-app/api (actualbudget/actual packages/api/methods.ts: addTransactions → api/transactions-add, createAccount → api/account-create, createPayee → api/payee-create, createRule → api/rule-create)' },
  // A stream or JSON transport only builds the message (`info.message` holds it, often a raw MIME for the Gmail API): nothing is sent.
  { label: 'Nodemailer sendMail', write: 'send', module: ['nodemailer'], export: ['default', 'createTransport'], instance: true, path: ['sendMail'],
    notWithClientOption: ['streamTransport', 'jsonTransport'], checkedAgainst: 'nodemailer@7 (lib/stream-transport, lib/json-transport: the message is returned, not delivered)' },
  { label: 'Twilio message create', write: 'send', module: ['twilio'], export: ['default', 'Twilio'], instance: true, path: ['messages.create', 'calls.create'], checkedAgainst: 'twilio@5' },
  // pulls.createReview with no `event` opens a PENDING review (GitHub REST "Create a review for a pull request": "By
  // leaving this blank, you set the review action state to PENDING"), which GitHub allows once per user and pull
  // request: a repeat is refused, nothing new is published.
  { label: 'Octokit create', write: 'create', ...octokitClient, path: ['**.createReview'], writesOnlyWith: { arg: 0, properties: ['event'] },
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0; GitHub REST pulls/reviews (github/rest-api-description)' },
  // Creates GitHub keeps once (knowledge/repeat-safe-posts.ts, README question 19): a ref under its name, an open pull
  // request per head and base; a repeat is refused with 422.
  { label: 'Octokit create under a unique name', write: 'upsert', ...octokitClient, path: ['**.pulls.create', '**.git.createRef'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (pulls.create → POST /repos/{owner}/{repo}/pulls, git.createRef → POST …/git/refs); GitHub REST 422 on a repeat' },
  // A repository's name is unique per owner (a repeat is refused: 422 "name already exists on this account"), and an
  // account keeps one fork of a repository (a repeat of POST …/forks answers 202 with the fork that exists): README
  // questions 19 and 27.
  { label: 'Octokit create under a unique name', write: 'upsert', ...octokitClient,
    path: ['**.repos.createInOrg', '**.repos.createForAuthenticatedUser', '**.repos.createUsingTemplate', '**.repos.createFork'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (repos.createInOrg → POST /orgs/{org}/repos, repos.createForAuthenticatedUser → POST /user/repos, repos.createUsingTemplate → POST …/generate, repos.createFork → POST …/forks); GitHub REST: 422 for an existing repository name, "Create a fork" returns the existing fork' },
  // A merge sets the pull request (or branch) merged: a repeat is refused (pulls.merge: 405 "Pull Request is not
  // mergeable" once merged) or has nothing to merge (repos.merge: 204). One-shot, README question 32.
  { label: 'Octokit merge', write: 'update-set', ...octokitClient, path: ['**.pulls.merge', '**.repos.merge'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (pulls.merge → PUT …/pulls/{pull_number}/merge, repos.merge → POST …/merges); GitHub REST: 405 when the pull request is already merged, 204 when there is nothing to merge' },
  // PUT …/contents/{path}: the file at a path the caller chose, rewritten whole (a repeat without the current sha is
  // refused with 422). A path made fresh on each call (`images/${Date.now()}.png`) adds a new file: README question 15.
  { label: 'Octokit file commit', write: 'create', ...octokitClient, path: ['**.createOrUpdateFileContents'], recordId: { arg: 0, ids: ['path'] },
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (repos.createOrUpdateFileContents → PUT /repos/{owner}/{repo}/contents/{path}); GitHub REST: "sha … Required if you are updating a file"' },
  // Labels put on an issue or pull request are a set the issue keeps each label in once: a repeat of the same labels
  // adds nothing (README question 27).
  { label: 'Octokit labels', write: 'upsert', ...octokitClient, path: ['**.issues.addLabels'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (issues.addLabels → POST /repos/{owner}/{repo}/issues/{issue_number}/labels); GitHub REST "Add labels to an issue": adds to the issue\'s label set, answering the labels the issue has' },
  { label: 'Octokit create', write: 'create', ...octokitClient,
    path: ['**.create', '**.createComment', '**.createRelease', '**.createPullRequest', '**.merge',
      '**.createReviewComment', '**.createReplyForReviewComment', '**.createCommitComment', '**.createFork', '**.createDispatchEvent',
      '**.createWorkflowDispatch', '**.createRef', '**.createForAuthenticatedUser',
      '**.createInOrg', '**.createCommitStatus', '**.createDeployment'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0' },
  // git.createBlob / git.createTree store content-addressed objects: the same content gives the same sha. A commit object
  // no ref points at yet changes nothing anyone sees until a ref is moved to it (test/corpus/README.md question 62).
  { label: 'Octokit git object', write: 'upsert', ...octokitClient, path: ['**.createBlob', '**.createTree', '**.git.createCommit'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0 (git.createBlob, git.createTree, git.createCommit)' },
  { label: 'Octokit update', write: 'update-set', ...octokitClient,
    path: ['**.update', '**.updateRef', '**.updateComment', '**.addAssignees', '**.lock', '**.setLabels', '**.requestReviewers'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0' },
  { label: 'Octokit delete', write: 'delete-id', ...octokitClient,
    path: ['**.delete', '**.deleteComment', '**.deleteFile', '**.deleteRef', '**.removeLabel', '**.removeAssignees'],
    checkedAgainst: '@octokit/plugin-rest-endpoint-methods@18.0.0' },
  // @photon-ai/imessage-kit Reminders: `in`, `at` and `exact` each schedule an iMessage on the kit's MessageScheduler,
  // under a fresh id unless the options carry `id` (a repeat under the same id is refused: "already exists").
  { label: 'iMessage reminder', write: 'create', module: ['@photon-ai/imessage-kit'], export: ['Reminders'], instance: true, path: ['in', 'at', 'exact'],
    keyOption: { arg: 3, names: ['id'] },
    checkedAgainst: '@photon-ai/imessage-kit (photon-hq/imessage-kit src/utils/reminders.ts at 3958a10: in/at/exact → scheduleReminder → scheduler.schedule({ id: options?.id, … }); src/utils/scheduler.ts at 3958a10: schedule generates sched_${Date.now()}_… unless given an id, throws when the id exists)' },
  // discord.js: TextBasedChannel#send (channels, users, members), Webhook#send, Interaction#followUp post a new message each time.
  // Its REST manager (@discordjs/rest) retries a request that timed out or got a 5xx up to 3 times (DefaultRestOptions
  // retries: 3), with no key: a message whose first attempt reached Discord is posted again. A `nonce` sent with
  // `enforceNonce: true` is Discord's key: a second message of the same author with the same nonce within a few minutes is
  // not created, the first is returned (Create Message's `enforce_nonce`).
  { label: 'Discord message', write: 'send', module: ['discord.js'], instance: true, path: ['**.send', '**.followUp'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    keyOption: { arg: 0, names: ['nonce'], requires: 'enforceNonce' },
    checkedAgainst: 'discord.js@14.28.1 (src/structures/MessagePayload.js resolveBody: body { nonce, enforce_nonce: Boolean(options.enforceNonce) }); @discordjs/rest (packages/rest/src/lib/utils/constants.ts at 020a380: DefaultRestOptions retries: 3); Discord API docs, Create Message enforce_nonce ("If another message was created by the same author with the same nonce, that message will be returned and no new message will be created")' },
  // A value typed `Message` (not an Interaction): Message#reply posts a new message (channel.send with a reference:
  // src/structures/Message.js reply), through the same retrying REST manager, and takes the same nonce.
  { label: 'Discord message', write: 'send', module: ['discord.js'], export: ['Message'], instance: true, path: ['reply'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    keyOption: { arg: 0, names: ['nonce'], requires: 'enforceNonce' },
    checkedAgainst: 'discord.js@14.28.1 (src/structures/Message.js reply → channel.send; MessagePayload.js resolveBody nonce/enforce_nonce)' },
  // The Message a reaction is on (`messageReactionAdd`'s `reaction.message`: typings MessageReaction `message: Message |
  // PartialMessage`) replies the same way.
  { label: 'Discord message', write: 'send', module: ['discord.js'], export: ['MessageReaction'], instance: true, path: ['message.reply'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    keyOption: { arg: 0, names: ['nonce'], requires: 'enforceNonce' },
    checkedAgainst: 'discord.js@14 (typings/index.d.ts class MessageReaction: public message: Message | PartialMessage; src/structures/Message.js reply → channel.send)' },
  // GuildChannelManager#create and RoleManager#create POST a new channel or role each time (rest.post(Routes.guildChannels /
  // Routes.guildRoles)), through the same retrying REST manager. (Message#reply posts too, but Interaction#reply answers
  // an interaction once — a repeat is refused — and the two cannot be told apart by name.)
  { label: 'Discord create', write: 'create', module: ['discord.js'], instance: true, path: ['**.channels.create', '**.roles.create'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    checkedAgainst: 'discord.js@14 (packages/discord.js/src/managers/GuildChannelManager.js create, RoleManager.js create: client.rest.post)' },
  // A thread (a forum post with its first message, GuildForumThreadManager / GuildTextThreadManager#create), a custom
  // emoji (GuildEmojiManager#create) and a webhook (TextBasedChannel#createWebhook → GuildChannelManager#createWebhook)
  // are new each time (rest.post to Routes.threads / guildEmojis / channelWebhooks), through the same REST manager.
  // A scheduled event (GuildScheduledEventManager#create: rest.post(Routes.guildScheduledEvents)) is new each time too, and
  // so is a custom sticker (GuildStickerManager#create: rest.post(Routes.guildStickers), an upload under a new id).
  // A thread started from a message (`threads.create({ startMessage })`: rest.post(Routes.threads(channel.id, startMessageId)),
  // GuildTextThreadManager.js create) is one per message: Discord refuses a second (160004, README questions 19 and 32).
  { label: 'Discord create', write: 'create', module: ['discord.js'], instance: true, path: ['**.threads.create'],
    kindByArgument: { arg: 0, property: 'startMessage', pattern: '\\S', write: 'upsert' },
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    checkedAgainst: 'discord.js@14.28.1 (src/managers/GuildTextThreadManager.js create: startMessage → Routes.threads(channel.id, startMessageId)); Discord API "Start Thread from Message" (160004 A thread has already been created for this message)' },
  { label: 'Discord create', write: 'create', module: ['discord.js'], instance: true, path: ['**.emojis.create', '**.createWebhook', '**.scheduledEvents.create', '**.stickers.create'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    checkedAgainst: 'discord.js@14.28.1 (src/managers/GuildForumThreadManager.js, GuildTextThreadManager.js, GuildEmojiManager.js create; src/structures/interfaces/TextBasedChannel.js createWebhook; src/managers/GuildScheduledEventManager.js:86 create; src/managers/GuildStickerManager.js create: client.rest.post(Routes.guildStickers(this.guild.id), { files: [file] }))' },
  // Message#forward sends a new message to the target channel (`resolvedChannel.send({ forward: { message, channel } })`):
  // the only `forward` in discord.js's sources.
  { label: 'Discord message', write: 'send', module: ['discord.js'], instance: true, path: ['**.forward'],
    builtInRetries: { count: "discord.js's REST manager retries timeouts and 5xx up to 3 times", disableOption: 'retries', clientDisable: 'rest' },
    checkedAgainst: 'discord.js@14.28.1 (src/structures/Message.js:1005 forward → channel.send)' },
  // Telegram bots: every Bot API send posts a new message — grammY's Api#send*, forwardMessage, copyMessage and their
  // Context#reply* aliases (grammy out/core/api.d.ts, out/context.d.ts), Telegraf's Context#send*/reply* and
  // Telegram#send* (telegraf typings/context.d.ts, telegram.d.ts). Neither client retries (grammy out/core/client.js,
  // telegraf lib/core/network/client.js; retries are grammY's auto-retry plugin's). sendChatAction and
  // replyWithChatAction only show a status: not writes here.
  { label: 'Telegram message', write: 'send', module: ['grammy', 'telegraf'], instance: true, path: telegramSends,
    checkedAgainst: 'grammy@1.38.3 (out/core/api.d.ts, out/context.d.ts, out/core/client.js); telegraf@4.16.3 (typings/context.d.ts, typings/telegram.d.ts)' },
  // Baileys (WhatsApp Web): sendMessage sends a new message under a message id it makes fresh for every call unless the
  // options pass `messageId` (lib/Socket/messages-send.js: messageId: generateMessageIDV2(…), ...options).
  { label: 'WhatsApp message (Baileys)', write: 'send', module: ['@whiskeysockets/baileys', 'baileys'], instance: true, path: ['sendMessage'],
    keyOption: { arg: 2, names: ['messageId'] }, checkedAgainst: '@whiskeysockets/baileys@6.7.16 (lib/Socket/messages-send.js sendMessage)' },
  // jsforce (Salesforce): record writes on the Connection and on the SObject `conn.sobject(type)` returns (the same
  // method names: create/insert, update, upsert, destroy/delete/del — lib/connection.js, lib/sobject.js); Metadata API
  // components are created under their `fullName`, which the org keeps unique (README question 19: keyed when the name
  // comes from the input); the Tooling API's executeAnonymous runs the given Apex, code that may insert, update or send
  // (question 29: a tool running the model's code runs it again on a repeat).
  { label: 'Salesforce record create', write: 'create', ...jsforceConnection, path: ['create', 'insert', 'tooling.create', 'tooling.insert'], checkedAgainst: jsforceChecked },
  { label: 'Salesforce metadata create', write: 'create', ...jsforceConnection, path: ['metadata.create'], recordId: { arg: 1, ids: ['fullName'] },
    checkedAgainst: 'jsforce@3.10.8 (lib/api/metadata.js create(type, metadata) → createMetadata)' },
  { label: 'Salesforce update', write: 'update-set', ...jsforceConnection, path: ['update', 'metadata.update', 'tooling.update'], checkedAgainst: jsforceChecked },
  { label: 'Salesforce upsert', write: 'upsert', ...jsforceConnection, path: ['upsert', 'metadata.upsert', 'tooling.upsert'], checkedAgainst: jsforceChecked },
  { label: 'Salesforce delete', write: 'delete-id', ...jsforceConnection, path: ['destroy', 'delete', 'del', 'metadata.delete', 'tooling.destroy', 'tooling.delete', 'tooling.del'], checkedAgainst: jsforceChecked },
  { label: 'Salesforce anonymous Apex (runs the given code)', write: 'create', ...jsforceConnection, path: ['tooling.executeAnonymous'],
    checkedAgainst: 'jsforce@3.10.8 (lib/api/tooling.js executeAnonymous)' },
  // supabase-js: from(table).insert POSTs rows, .upsert merges on the key, .update PATCHes, .delete DELETEs.
  { label: 'Supabase insert', write: 'create', ...supabaseClient, path: ['insert'], recordId: { arg: 0, ids: ['id'] }, checkedAgainst: '@supabase/supabase-js@2.112.2' },
  { label: 'Supabase upsert', write: 'upsert', ...supabaseClient, path: ['upsert'], checkedAgainst: '@supabase/supabase-js@2.112.2' },
  { label: 'Supabase update', write: 'update-set', ...supabaseClient, path: ['update'], checkedAgainst: '@supabase/supabase-js@2.112.2' },
  { label: 'Supabase delete', write: 'delete-id', ...supabaseClient, path: ['delete'], checkedAgainst: '@supabase/supabase-js@2.112.2' },
  // twitter-api-v2: client.v2.tweet/reply/quote/tweetThread, v1.tweet/reply, uploadMedia, DMs post something new each time.
  { label: 'X (Twitter) post', write: 'send', module: ['twitter-api-v2'], instance: true,
    path: ['**.tweet', '**.reply', '**.quote', '**.tweetThread', '**.sendDmInConversation', '**.sendDmToParticipant', '**.createDmConversation', '**.sendDm'],
    checkedAgainst: 'twitter-api-v2@1.28.0' },
  { label: 'X (Twitter) create', write: 'create', module: ['twitter-api-v2'], instance: true, path: ['**.uploadMedia', '**.createList'], checkedAgainst: 'twitter-api-v2@1.28.0' },
  { label: 'X (Twitter) delete', write: 'delete-id', module: ['twitter-api-v2'], instance: true, path: ['**.deleteTweet', '**.removeList'], checkedAgainst: 'twitter-api-v2@1.28.0' },
  // Firecrawl: interact runs code or a prompt (clicks, form input) in the live browser session of a scrape; a monitor is a new
  // recurring job. Its scrape/crawl/map/search/extract only read.
  { label: 'Firecrawl', write: 'create', module: ['@mendable/firecrawl-js', 'firecrawl'], instance: true,
    path: ['interact', 'scrapeExecute', 'createMonitor'], checkedAgainst: '@mendable/firecrawl-js@4.25.2' },
  // VoltOps actions (VoltOpsClient#actions, VoltOpsActionsClient): each call runs the action in the connected app.
  { label: 'VoltOps action', write: 'send', ...voltOpsClient,
    path: ['**.slack.postMessage', '**.discord.sendMessage', '**.discord.sendWebhookMessage', '**.gmail.sendEmail', '**.gmail.replyToEmail'],
    checkedAgainst: '@voltagent/core@2.10.0' },
  { label: 'VoltOps action', write: 'create', ...voltOpsClient,
    path: ['**.airtable.createRecord', '**.discord.createChannel', '**.googlecalendar.createEvent'], checkedAgainst: '@voltagent/core@2.10.0' },
  { label: 'VoltOps action', write: 'update-set', ...voltOpsClient,
    path: ['**.airtable.updateRecord', '**.discord.updateChannel', '**.discord.addMemberRole', '**.googlecalendar.updateEvent'], checkedAgainst: '@voltagent/core@2.10.0' },
  { label: 'VoltOps action', write: 'delete-id', ...voltOpsClient,
    path: ['**.airtable.deleteRecord', '**.slack.deleteMessage', '**.discord.deleteMessage', '**.discord.deleteChannel', '**.discord.removeMemberRole',
      '**.googlecalendar.deleteEvent'],
    checkedAgainst: '@voltagent/core@2.10.0' },
  { label: 'Slack message', write: 'send', module: ['@slack/web-api'], export: ['WebClient'], instance: true,
    path: ['chat.postMessage', 'chat.postEphemeral', 'chat.scheduleMessage', 'files.uploadV2', 'filesUploadV2'],
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0 (dist/methods.js: files.uploadV2 is bindFilesUploadV2, the WebClient\'s own filesUploadV2, dist/WebClient.js:317)' },
  // A Bolt App's `client` is the WebClient it builds with `clientOptions` (bolt-js 5.0.0 src/App.ts: `this.client = new
  // WebClient(token, clientOptions)`, no retryConfig of its own): `app.client.chat.postMessage(…)` is retried like
  // any WebClient call, unless `clientOptions.retryConfig` turns that off.
  { label: 'Slack message', write: 'send', module: ['@slack/bolt'], export: ['App'], instance: true,
    path: ['client.chat.postMessage', 'client.chat.postEphemeral', 'client.chat.scheduleMessage', 'client.files.uploadV2', 'client.filesUploadV2'],
    builtInRetries: { count: "a Bolt App's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'clientOptions.retryConfig' },
    checkedAgainst: '@slack/bolt@5.0.0 (src/App.ts: new WebClient(token, clientOptions)); @slack/web-api@8.2.0' },
  // A channel is created under its required `name`, which Slack keeps unique in the workspace: a repeat is refused with
  // `name_taken` (Slack API reference, conversations.create errors; @slack/web-api 8.2.0 types/request/conversations.d.ts
  // ConversationsCreateArguments.name: string), so a retried create makes no second channel (question 19).
  { label: 'Slack channel create', write: 'upsert', module: ['@slack/web-api'], export: ['WebClient'], instance: true, path: ['conversations.create'],
    checkedAgainst: '@slack/web-api@8.2.0; Slack API reference conversations.create (name_taken)' },
  { label: 'Slack channel create', write: 'upsert', module: ['@slack/bolt'], export: ['App'], instance: true, path: ['client.conversations.create'],
    checkedAgainst: '@slack/bolt@5.0.0; @slack/web-api@8.2.0; Slack API reference conversations.create (name_taken)' },
  // The WebClient's other creates (@slack/web-api 8.2.0 dist/methods.js, each a bindApiCall of the Web API method):
  // a bookmark, a reminder, a standalone canvas, a call, a list or a list item is a new object with its own id each
  // call, and none takes a key or is refused as a duplicate (a second bookmark to the same link, a reminder with the
  // same text, a canvas with the same title are all kept); chat.meMessage posts a message like chat.postMessage.
  // Adds Slack keeps once (pins.add, reactions.add, stars.add answer already_pinned / already_reacted, question 27) and
  // creates under a unique name or one per channel (usergroups.create, conversations.canvases.create) are left out.
  { label: 'Slack create', write: 'create', module: ['@slack/web-api'], export: ['WebClient'], instance: true, path: [...slackCreates],
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0 (dist/methods.js bookmarks.add, reminders.add, canvases.create, calls.add, slackLists.create, slackLists.items.create)' },
  { label: 'Slack create', write: 'create', module: ['@slack/bolt'], export: ['App'], instance: true, path: slackCreates.map((path) => `client.${path}`),
    builtInRetries: { count: "a Bolt App's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'clientOptions.retryConfig' },
    checkedAgainst: '@slack/bolt@5.0.0; @slack/web-api@8.2.0' },
  { label: 'Slack message', write: 'send', module: ['@slack/web-api'], export: ['WebClient'], instance: true, path: ['chat.meMessage'],
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0 (dist/methods.js chat.meMessage)' },
  // The streaming-message methods called directly (test/corpus/README.md question 81): chat.startStream posts a new
  // message and chat.appendStream adds text to it, both through the retrying WebClient with no key; chat.stopStream
  // only ends the stream (a repeat finds it stopped) and is left out.
  { label: 'Slack chat stream', write: 'send', module: ['@slack/web-api'], export: ['WebClient'], instance: true, path: ['chat.startStream', 'chat.appendStream'],
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0 (src/methods.ts chat.startStream / chat.appendStream / chat.stopStream)' },
  { label: 'Slack chat stream', write: 'send', module: ['@slack/bolt'], export: ['App'], instance: true, path: ['client.chat.startStream', 'client.chat.appendStream'],
    builtInRetries: { count: "a Bolt App's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'clientOptions.retryConfig' },
    checkedAgainst: '@slack/bolt@5.0.0; @slack/web-api@8.2.0' },
  // WebClient#chatStream(args) returns a ChatStreamer (dist/chat-stream.js) whose append (once its buffer fills,
  // at once with chunks) and stop send chat.startStream / appendStream / stopStream through the same client, so
  // they are retried like any of its calls. An append of task_update chunks alone sets a task's status by its id.
  // Bolt 5.1's `sayStream()` (src/context/create-say-stream.ts) returns the same streamer on the app's WebClient.
  // stop() without text or chunks only ends the stream (text appended before is the append's send): a repeat
  // finds it stopped and posts nothing.
  { label: 'Slack chat stream', write: 'send', module: ['@slack/web-api', '@slack/bolt'], export: ['WebClient', 'ChatStreamer', 'SayStreamFn'], instance: true,
    path: ['stop'], writesOnlyWith: { arg: 0, properties: ['markdown_text', 'chunks'] },
    kindByArgument: { arg: 0, property: 'chunks', pattern: '^\\[(\\s*\\{(?:[^{}]|\\$\\{[^{}]*\\})*\\btype:\\s*[\'"]task_update[\'"](?:[^{}]|\\$\\{[^{}]*\\})*\\},?)+\\s*\\]$', write: 'update-set' },
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0' },
  { label: 'Slack chat stream', write: 'send', module: ['@slack/web-api', '@slack/bolt'], export: ['WebClient', 'ChatStreamer', 'SayStreamFn'], instance: true,
    path: ['append'],
    kindByArgument: { arg: 0, property: 'chunks', pattern: '^\\[(\\s*\\{(?:[^{}]|\\$\\{[^{}]*\\})*\\btype:\\s*[\'"]task_update[\'"](?:[^{}]|\\$\\{[^{}]*\\})*\\},?)+\\s*\\]$', write: 'update-set' },
    builtInRetries: { count: "@slack/web-api's WebClient retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig', clientDisable: 'retryConfig' },
    checkedAgainst: '@slack/web-api@8.2.0' },
  { label: 'Prisma create', write: 'create', module: ['@prisma/client', '@prisma/client/*'], export: ['PrismaClient'], instance: true,
    path: ['*.create', '*.createMany', '*.createManyAndReturn'], recordId: { arg: 0, property: 'data', ids: ['id'] }, checkedAgainst: '@prisma/client@6' },
  { label: 'Prisma update', write: 'update-set', module: ['@prisma/client', '@prisma/client/*'], export: ['PrismaClient'], instance: true,
    path: ['*.update', '*.updateMany'], checkedAgainst: '@prisma/client@6' },
  { label: 'Prisma delete', write: 'delete-id', module: ['@prisma/client', '@prisma/client/*'], export: ['PrismaClient'], instance: true,
    path: ['*.delete', '*.deleteMany'], checkedAgainst: '@prisma/client@6' },
  { label: 'Prisma upsert', write: 'upsert', module: ['@prisma/client', '@prisma/client/*'], export: ['PrismaClient'], instance: true,
    path: ['*.upsert'], checkedAgainst: '@prisma/client@6' },
  // Kysely: each query starts from the table it writes (`db.insertInto('t').values(row).execute()`); `.onConflict(…)` makes
  // an insert an upsert (side-effects.ts `chainedUpsert`). A transaction's `trx` is the same client (vendor-writes.ts).
  { label: 'Kysely insert', write: 'create', module: ['kysely'], export: ['Kysely', 'Transaction', 'ControlledTransaction'], instance: true, path: ['insertInto'],
    recordId: { chained: 'values', ids: ['id'] }, checkedAgainst: 'kysely@0.28.8' },
  { label: 'Kysely replace', write: 'upsert', module: ['kysely'], export: ['Kysely', 'Transaction', 'ControlledTransaction'], instance: true, path: ['replaceInto'], checkedAgainst: 'kysely@0.28.8' },
  { label: 'Kysely update', write: 'update-set', module: ['kysely'], export: ['Kysely', 'Transaction', 'ControlledTransaction'], instance: true, path: ['updateTable'], checkedAgainst: 'kysely@0.28.8' },
  { label: 'Kysely delete', write: 'delete-id', module: ['kysely'], export: ['Kysely', 'Transaction', 'ControlledTransaction'], instance: true, path: ['deleteFrom'], checkedAgainst: 'kysely@0.28.8' },
  { label: 'Drizzle insert', write: 'create', module: ['drizzle-orm/*'], instance: true, path: ['insert'], recordId: { chained: 'values', ids: ['id'] }, checkedAgainst: 'drizzle-orm@0.44' },
  { label: 'Drizzle update', write: 'update-set', module: ['drizzle-orm/*'], instance: true, path: ['update'], checkedAgainst: 'drizzle-orm@0.44' },
  { label: 'Drizzle delete', write: 'delete-id', module: ['drizzle-orm/*'], instance: true, path: ['delete'], checkedAgainst: 'drizzle-orm@0.44' },
  { label: 'MongoDB insert', write: 'create', module: ['mongodb'], instance: true, path: ['insertOne', 'insertMany', 'bulkWrite'], recordId: { arg: 0, ids: ['_id'] }, checkedAgainst: 'mongodb@6' },
  // updateOne(filter, update, options): the update document's operators decide — `$push` appends to an array, `$inc`
  // adds to a number, `$set`/`$addToSet`/`$pull` converge (MongoDB manual, "Update Operators"; mongodb@6
  // src/mongo_types.ts UpdateFilter). deleteOne(filter) removes the first document the filter matches.
  { label: 'MongoDB update', write: 'update-set', module: ['mongodb'], instance: true, path: ['updateOne', 'updateMany', 'findOneAndUpdate'], updateDocumentArg: 1, checkedAgainst: 'mongodb@6' },
  { label: 'MongoDB delete', write: 'delete-id', module: ['mongodb'], instance: true, path: ['deleteOne', 'findOneAndDelete'], firstMatchFilterArg: 0, checkedAgainst: 'mongodb@6' },
  { label: 'MongoDB delete', write: 'delete-id', module: ['mongodb'], instance: true, path: ['deleteMany', 'drop'], checkedAgainst: 'mongodb@6' },
  { label: 'MongoDB replace', write: 'upsert', module: ['mongodb'], instance: true, path: ['replaceOne', 'findOneAndReplace'], checkedAgainst: 'mongodb@6' },
  { label: 'fs append', write: 'append', module: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'], export: ['appendFile', 'appendFileSync'], path: [''],
    checkedAgainst: 'node@20.20' },
  { label: 'fs append', write: 'append', module: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'], export: ['default', 'promises'],
    path: ['appendFile', 'appendFileSync', 'promises.appendFile'], checkedAgainst: 'node@20.20' },
  // Key-value stores: a set writes the value under its key, so a repeat writes the same record — unless the key is made
  // fresh on every call (README question 15, `keyArg`).
  { label: 'key-value store', write: 'upsert', module: ['ioredis', 'redis', '@upstash/redis', '@vercel/kv'], instance: true,
    path: ['set', 'hset', 'hmset', 'setex', 'json.set'], keyArg: 0, checkedAgainst: 'ioredis@5, redis@4, @upstash/redis@1 (set(key, value, opts))' },
  { label: 'key-value store', write: 'upsert', module: ['@vercel/kv'], export: ['kv'], path: ['set', 'hset'], keyArg: 0, checkedAgainst: '@vercel/kv@3 (kv: an @upstash/redis client)' },
  // LangGraph stores (BaseStore and its subclasses): put(namespace, key, value) stores or replaces the item under its key.
  { label: 'LangGraph store', write: 'upsert', module: ['@langchain/langgraph', '@langchain/langgraph-checkpoint', '@langchain/langgraph/*', '@langchain/langgraph-checkpoint-postgres', '@langchain/langgraph-checkpoint-postgres/*'],
    instance: true, path: ['put'], keyArg: 1, checkedAgainst: '@langchain/langgraph-checkpoint (langgraphjs libs/checkpoint/src/store/base.ts: BaseStore.put(namespace, key, value, index))' },
  { label: 'queue publish', write: 'send', module: ['amqplib', 'kafkajs', '@google-cloud/pubsub', 'nats', 'bullmq', 'ioredis', 'redis'], instance: true,
    path: ['**.publish', '**.sendToQueue', '**.publishMessage', '**.xadd', 'add', '**.send', '**.lpush', '**.rpush', '**.incr', '**.incrby', '**.hincrby'],
    keyOption: { arg: 'last', names: ['jobId', 'messageId', 'msgID'] }, checkedAgainst: 'bullmq@5' },
  // LINE Messaging API (@line/bot-sdk, lib/messaging-api/api/messagingApiClient.ts): pushMessage, multicast, narrowcast
  // and broadcast POST /v2/bot/message/* and take an X-Line-Retry-Key as their second argument (LINE answers a repeat
  // with the same key 409 and sends nothing); createRichMenu/createRichMenuAlias POST a new menu. LineBotClient
  // (lib/line-bot-client.generated.ts) delegates each to messagingApi.MessagingApiClient with the same arguments.
  // Not here: replyMessage (a reply token is accepted once), setDefaultRichMenu/linkRichMenuIdToUser (set state).
  { label: 'LINE send', write: 'send', module: ['@line/bot-sdk'], export: ['LineBotClient', 'messagingApi'], instance: true,
    path: ['pushMessage', 'multicast', 'narrowcast', 'broadcast', 'MessagingApiClient.pushMessage', 'MessagingApiClient.multicast', 'MessagingApiClient.narrowcast', 'MessagingApiClient.broadcast'],
    keyOption: { arg: 1, names: [], positional: true },
    checkedAgainst: '@line/bot-sdk (line/line-bot-sdk-nodejs lib/messaging-api/api/messagingApiClient.ts @05e13c8, lib/line-bot-client.generated.ts @006a00a)' },
  { label: 'LINE create', write: 'create', module: ['@line/bot-sdk'], export: ['LineBotClient', 'messagingApi'], instance: true,
    path: ['createRichMenu', 'createRichMenuAlias', 'MessagingApiClient.createRichMenu', 'MessagingApiClient.createRichMenuAlias'],
    checkedAgainst: '@line/bot-sdk (line/line-bot-sdk-nodejs lib/messaging-api/api/messagingApiClient.ts @05e13c8)' },
  // node-quickbooks (QuickBooks Online): each createX(entity, callback) POSTs /{entity} (module.create → module.request(context,
  // 'post', { url }, entity)) with no requestid, so a repeat books a second bill, invoice, payment or transfer; upload
  // POSTs /upload (a new Attachable) and sendXPdf POSTs …/send, e-mailing the document again. Name-list entities are
  // kept under a unique name (QBO answers a repeat "Duplicate Name Exists", 6240; customer, vendor and employee display
  // names are unique across the three): a repeat is refused (README question 62).
  { label: 'QuickBooks create', write: 'create', module: ['node-quickbooks'], export: ['default'], instance: true,
    path: ['createAttachable', 'createBill', 'createBillPayment', 'createCreditMemo', 'createDeposit', 'createEstimate', 'createInvoice', 'createJournalEntry',
      'createPayment', 'createPurchase', 'createPurchaseOrder', 'createRefundReceipt', 'createSalesReceipt', 'createTimeActivity', 'createTransfer',
      'createVendorCredit', 'upload'],
    checkedAgainst: 'node-quickbooks (mcohen01/node-quickbooks index.js @04788e2: QuickBooks.prototype.createX → module.create → POST /{entity}; upload → POST /upload)' },
  { label: 'QuickBooks create under a unique name', write: 'upsert', module: ['node-quickbooks'], export: ['default'], instance: true,
    path: ['createAccount', 'createClass', 'createCustomer', 'createDepartment', 'createEmployee', 'createItem', 'createJournalCode', 'createPaymentMethod',
      'createTaxAgency', 'createTaxService', 'createTerm', 'createVendor'],
    checkedAgainst: 'node-quickbooks (mcohen01/node-quickbooks index.js @04788e2: createX → POST /{entity}); QBO name-list entities: error 6240 Duplicate Name Exists' },
  { label: 'QuickBooks send', write: 'send', module: ['node-quickbooks'], export: ['default'], instance: true,
    path: ['sendInvoicePdf', 'sendEstimatePdf', 'sendSalesReceiptPdf'],
    checkedAgainst: 'node-quickbooks (mcohen01/node-quickbooks index.js @04788e2: sendInvoicePdf → POST /invoice/{id}/send)' },
  // OpenCode (@opencode-ai/sdk, generated client): session.promptAsync POSTs /session/{id}/prompt_async, storing a new
  // user message and starting the coding agent's loop on it (edits, commands, with the server's permissions) — and
  // session.prompt POSTs /session/{id}/message, the same run waited for. A repeat stores a second message and runs the
  // agent again (README question 92) unless the request names its own `messageID`.
  { label: 'OpenCode agent turn', write: 'create', module: ['@opencode-ai/sdk', '@opencode-ai/sdk/*'], instance: true,
    path: ['session.promptAsync', 'session.prompt'], keyOption: { arg: 0, names: ['messageID', 'body.messageID'] },
    checkedAgainst: '@opencode-ai/sdk (sst/opencode packages/sdk/js src/gen/sdk.gen.ts and src/v2/gen/sdk.gen.ts: Session.promptAsync → POST /session/{id}/prompt_async, prompt → POST /session/{id}/message, optional messageID)' },
  // session.create POSTs /session: a new session under an id the server makes each call (README question 15).
  { label: 'OpenCode session create', write: 'create', module: ['@opencode-ai/sdk', '@opencode-ai/sdk/*'], instance: true, path: ['session.create'],
    checkedAgainst: '@opencode-ai/sdk (sst/opencode packages/sdk/js src/gen/sdk.gen.ts: Session.create → POST /session)' },
  // snoowrap (Reddit): a reply (ReplyableContent#reply → POST api/comment), a new post (submitSelfpost, submitLink,
  // submitCrosspost → POST api/submit) and a private message (composeMessage → POST api/compose) are new each call. Its
  // requester re-sends any request answered 502/503/504/522 until maxRetryAttempts (3) are used, whatever the method
  // (snoowrap 1.23 request_handler oauthRequest; defaults in its config: retryErrorCodes, maxRetryAttempts), with no key;
  // only `r.config({ maxRetryAttempts: 1 })` on the client turns that off, no constructor option.
  { label: 'Reddit post', write: 'send', module: ['snoowrap'], export: ['default'], instance: true,
    path: ['**.reply', '**.submitSelfpost', '**.submitLink', '**.submitCrosspost', '**.composeMessage'],
    builtInRetries: { count: 'snoowrap re-sends a request answered 502/503/504/522, up to 3 attempts', disableOption: '' },
    checkedAgainst: 'snoowrap@1.23 (not-an-aardvark/snoowrap src/request_handler.js oauth_request: retries on retry_error_codes until max_retry_attempts; src/create_config.ts retryErrorCodes [502, 503, 504, 522], maxRetryAttempts 3; src/objects/ReplyableContent reply, src/snoowrap.js submitSelfpost/submitLink/composeMessage)' },
  // Kernel (@onkernel/sdk, Stainless-generated; vendor-writes.ts has its default retries): the POSTs whose names say no
  // verb. auth.connections.login starts a new login flow (a new hosted URL and browser session), browserPools.acquire
  // leases a browser out of the pool, browsers.replays.start starts a new recording, and browsers.playwright.execute /
  // browsers.process.exec run the given code or command in the browser's VM (README question 80): each again on a repeat.
  { label: 'Kernel', write: 'create', module: ['@onkernel/sdk'], export: ['Kernel', 'default'], instance: true,
    path: ['auth.connections.login', 'browserPools.acquire', 'browsers.replays.start', 'browsers.playwright.execute', 'browsers.process.exec'],
    builtInRetries: { count: 'Stainless-generated clients retry failed requests twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@onkernel/sdk (kernel/kernel-node-sdk src/client.ts @00c91ef maxRetries ?? 2, no idempotency header; src/resources/auth/connections.ts login → POST /auth/connections/{id}/login "Starts a login flow"; browser-pools.ts acquire → POST …/acquire; browsers/replays.ts start → POST /browsers/{id}/replays; browsers/playwright.ts execute → POST …/playwright/execute; browsers/process.ts exec → POST …/process/exec)' },
  // PayPal Server SDK (@paypal/paypal-server-sdk, APIMatic-generated): capturing an authorization POSTs …/capture and
  // partial captures are allowed, so a repeat captures the amount again; a refund of a capture POSTs …/refund and partial
  // refunds are allowed too. Both send `paypalRequestId` as the PayPal-Request-Id header, the key PayPal dedupes on (45
  // days). An order created (createOrder) is only charged once the payer approves it, and capturing or authorizing an
  // order is done once (corpus README questions 32, 59): not writes here.
  { label: 'PayPal payment', write: 'charge', module: ['@paypal/paypal-server-sdk'], export: ['PaymentsController'], instance: true,
    path: ['captureAuthorizedPayment', 'refundCapturedPayment', 'authorizationsCapture', 'capturesRefund'], keyOption: { arg: 0, names: ['paypalRequestId'] },
    checkedAgainst: '@paypal/paypal-server-sdk (paypal/PayPal-TypeScript-Server-SDK src/controllers/paymentsController.ts @0427f97: authorizationsCapture({ authorizationId, paypalRequestId, prefer, body }) → POST /v2/payments/authorizations/{id}/capture with header PayPal-Request-Id, "The server stores keys for 45 days"; capturesRefund likewise → …/captures/{id}/refund; renamed captureAuthorizedPayment / refundCapturedPayment in 1.x)' },
  // supermemory (Stainless SDK, supermemoryai/sdk-ts): client.add POSTs /v3/add (src/client.ts), documents.add POSTs
  // /v3/documents and documents.uploadFile /v3/documents/file (src/resources/documents.ts): each makes a new document
  // unless the body's `customId` names an existing one, which is the key.
  { label: 'supermemory', write: 'create', module: ['supermemory'], export: ['default', 'Supermemory'], instance: true,
    path: ['add', 'documents.add', 'memories.add', 'documents.uploadFile'], keyOption: { arg: 0, names: ['customId'] },
    checkedAgainst: 'supermemory 3/4 (supermemoryai/sdk-ts src/resources/documents.ts @0833d21, src/client.ts add → /v3/add)' },
  // Cloudinary (cloudinary 2, lib/uploader.js upload → call_api('upload', …)): an upload without `public_id` is stored
  // under a random public id (the Upload API's default; `unique_filename` adds a random suffix when `use_filename` is
  // set), so a repeat stores a second asset; with `public_id` (overwrite true by default) it replaces the same one.
  { label: 'Cloudinary upload', write: 'create', module: ['cloudinary'], export: ['v2'], path: ['uploader.upload', 'uploader.upload_large'],
    keyOption: { arg: 1, names: ['public_id'] }, checkedAgainst: 'cloudinary@2 (lib/uploader.js upload, upload_large; cloudinary.com/documentation/image_upload_api_reference public_id)' },
  { label: 'Cloudinary upload', write: 'create', module: ['cloudinary'], export: ['default'], path: ['v2.uploader.upload', 'v2.uploader.upload_large'],
    keyOption: { arg: 1, names: ['public_id'] }, checkedAgainst: 'cloudinary@2 (lib/uploader.js upload, upload_large)' },
  // @convex-dev/rag (get-convex/rag src/client/index.ts): rag.add(ctx, { namespace, key?, text | chunks, … }) runs the
  // component's entries.add mutation: a new entry each call, or — with `key` — a new version replacing the entry of
  // that key. addAsync requires a key (not here).
  { label: 'Convex RAG', write: 'create', module: ['@convex-dev/rag'], export: ['RAG'], instance: true, path: ['add'],
    keyOption: { arg: 1, names: ['key'] }, checkedAgainst: '@convex-dev/rag (get-convex/rag src/client/index.ts @010e278: add, addAsync)' },
  // Trigger.dev SDK 4.5.12 (packages/trigger-sdk/src/v3/tasks.ts, shared.ts): tasks.trigger(id, payload, options) and
  // its batch/wait forms start a new run each call unless `options.idempotencyKey` (packages/core/src/v3/types/tasks.ts)
  // repeats one.
  { label: 'Trigger.dev', write: 'create', module: ['@trigger.dev/sdk', '@trigger.dev/sdk/v3'], export: ['tasks'],
    path: ['trigger', 'batchTrigger', 'triggerAndWait', 'triggerAndSubscribe', 'batchTriggerAndWait'], keyOption: { arg: 2, names: ['idempotencyKey'] },
    checkedAgainst: '@trigger.dev/sdk@4.5.12 (src/v3/tasks.ts, src/v3/shared.ts trigger)' },
  // The handle a task definition returns (`const child = task({ id, run })`, schemaTask, schedules.task) triggers the same
  // way: `child.trigger(payload, options)` starts a new run each call unless `options.idempotencyKey` repeats one
  // (trigger.dev/docs/idempotency: "without idempotency keys, each retry of the parent would trigger a new child task run").
  // A second child run repeats what the child's `run` does: one that only calls a model repeats nothing (runsOption).
  { label: 'Trigger.dev task', write: 'create', module: ['@trigger.dev/sdk', '@trigger.dev/sdk/v3'], export: ['task', 'schemaTask'], instance: true,
    path: ['trigger', 'batchTrigger', 'triggerAndWait', 'batchTriggerAndWait'], keyOption: { arg: 1, names: ['idempotencyKey'] }, runsOption: 'run',
    checkedAgainst: '@trigger.dev/sdk@4.5.12 (src/v3/shared.ts createTask/createSchemaTask: the returned Task has trigger, batchTrigger, triggerAndWait, batchTriggerAndWait; options.idempotencyKey)' },
  // @trigger.dev/core 4.5.12 ApiClient (packages/core/src/v3/apiClient/index.ts): triggerTask POSTs /api/v1/tasks/{id}/trigger
  // (a run per call unless body.options.idempotencyKey), createSession, createPromptOverride, createBatch, createSchedule
  // and replayRun POST a new record; appendToSessionStream appends a part under a fresh nanoid per call.
  { label: 'Trigger.dev API', write: 'create', module: ['@trigger.dev/core/v3', '@trigger.dev/core'], export: ['ApiClient'], instance: true,
    path: ['triggerTask'], keyOption: { arg: 1, names: ['options.idempotencyKey'] },
    checkedAgainst: '@trigger.dev/core@4.5.12 (src/v3/apiClient/index.ts triggerTask)' },
  { label: 'Trigger.dev API', write: 'create', module: ['@trigger.dev/core/v3', '@trigger.dev/core'], export: ['ApiClient'], instance: true,
    path: ['createSession', 'createPromptOverride', 'createBatch', 'createSchedule', 'replayRun'],
    checkedAgainst: '@trigger.dev/core@4.5.12 (src/v3/apiClient/index.ts)' },
  { label: 'Trigger.dev API', write: 'append', module: ['@trigger.dev/core/v3', '@trigger.dev/core'], export: ['ApiClient'], instance: true,
    path: ['appendToSessionStream'], checkedAgainst: '@trigger.dev/core@4.5.12 (src/v3/apiClient/index.ts appendToSessionStream: X-Part-Id nanoid per call)' },
];

/** Names a static rule accepts as carrying an idempotency key in code (headers, options, body fields). */
export const idempotencyKeyFields = ['Idempotency-Key', 'X-Idempotency-Key', 'idempotencyKey', 'clientToken', 'clientRequestToken', 'dedupeId', 'deduplicationId', 'MessageDeduplicationId'];

/**
 * Header names (lower case, letters and digits only) that say the receiver dedupes on the header: an idempotency or
 * dedupe token under another name (`X-Idempotency-Token`, `X-Dedupe-Key`), or the id of the event the request
 * delivers (`X-Workflow-Event-Id`, as a webhook sender's event id is the id its receivers dedupe on). Not SSE's
 * `Last-Event-ID` (where a stream resumes) nor Cloudflare AI Gateway's `cf-aig-event-id` (a log entry's id). Read only
 * in headers: an id in a request body still needs a receiver known to dedupe on it (corpus README questions 75, 111).
 */
export const idempotencyKeyHeaderPattern = /idempoten|dedup|^(?!last|cfaig).*eventid$/;

/** Option and header names that carry an idempotency key on the wire (read by `agentvet check`). */
export const idempotencyKeyNames = [
  'idempotency-key', 'idempotencykey', 'idempotency_key', 'x-idempotency-key', 'clienttoken', 'clientrequesttoken', 'client_token',
  'messagededuplicationid', 'dedupeid', 'dedupe_id', 'deduplicationid', 'jobid', 'requestid', 'request_id', 'x-request-id', 'opid', 'operationid',
];

/** Calls that make a fresh value every time: a key made from one of these is not stable across attempts. */
export const freshValueCalls = ['randomUUID', 'uuid', 'v4', 'v1', 'v7', 'nanoid', 'random', 'randomBytes', 'now', 'ulid', 'cuid', 'createId', 'getRandomValues', 'uuidv4', 'uuidv7'];

/**
 * Package functions that make a fresh value every time, known by their module rather than by name (a project's own
 * `generateRandomLong(seed)` may derive its value): gramJS's `helpers.generateRandomBigInt()` / `generateRandomLong()`
 * (`import { helpers } from 'telegram'`, or imported from `telegram/Helpers`).
 */
export const freshValuePackageCalls: ReadonlyArray<CallPattern & Checked> = [
  { module: ['telegram'], export: ['helpers'], path: ['generateRandomBigInt', 'generateRandomLong'], checkedAgainst: 'gram-js/gramjs gramjs/Helpers.ts (generateRandomBigInt, generateRandomLong: random bytes read as an integer), gramjs/index.ts (export helpers); gramjs/tl/api.js fills a request\'s missing randomId with generateRandomBigInt()' },
  { module: ['telegram/Helpers', 'telegram/Helpers.js'], export: ['generateRandomBigInt', 'generateRandomLong'], path: [''], checkedAgainst: 'gram-js/gramjs gramjs/Helpers.ts (exported functions)' },
];

/** Method names of SQL clients whose first argument is SQL text. */
/**
 * Project paths a generator fills with a package's code, read as that package. Prisma's `prisma-client` generator (the
 * default from Prisma 7, and `prisma-client-js` with an `output`) writes the client where the schema's `output` says —
 * `prisma init` writes `output = "../generated/prisma"` (Prisma 6.6+, docs "Generating Prisma Client") — and the code
 * imports `PrismaClient` from `…/generated/prisma` or its `client`/`edge` entry; the folder is usually git-ignored.
 */
export const generatedPackagePaths: Array<{ path: RegExp; module: string; checkedAgainst: string }> = [
  { path: /(?:^|\/)generated\/prisma(?:\/(?:client|edge|index|default|browser|wasm))?(?:\.[cm]?[jt]s)?$/, module: '@prisma/client', checkedAgainst: 'prisma@7 (prisma init, generator prisma-client)' },
];

export const sqlMethods = ['query', 'execute', 'exec', 'run', 'unsafe', 'raw', '$executeRaw', '$executeRawUnsafe', 'prepare', 'sql', 'none', 'one', 'many', 'any'];

/**
 * Telemetry is not the tool's side effect (RULES.md): a helper named for analytics, usage or log events, or a
 * POST to a telemetry path, is not followed or reported. Names are matched on the helper's own name
 * (`sendAnalyticsEvent`, `trackEvent`, `emitActionLog`, `reportUsage`, `logSecurityEvent`), URL path segments one by one.
 */
export const telemetryFunctionName =
  /[Aa]nalytics|[Tt]elemetry|[Pp]ost[Hh]og|[Mm]ixpanel|[Aa]mplitude|[Bb]eacon|^track(?:[A-Z_]|$)|^(?:log|capture)(?:Event|Action|Usage)?$|^log\w+Events?$|^(?:send|emit|log|record|report|capture|fire)\w*(?:Metrics?|Logs?|Usage|Telemetry)$/;

export const telemetryUrlSegment = /^(analytics|telemetry|track|tracking|metrics|action-logs|collect|beacon|rum)$/i;

/**
 * Writes of a whole file: a repeat writes the same text (RULES.md), so they are writes only when the text is what the
 * code just read with an entry added (README question 65, `rewrites.ts`). The content is the second argument.
 */
export const wholeFileWrites: ReadonlyArray<import('./types.js').CallPattern & import('./types.js').Checked> = [
  { module: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'], export: ['writeFile', 'writeFileSync'], path: [''], checkedAgainst: 'node@20.20' },
  { module: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra'], export: ['default', 'promises', '*'], path: ['writeFile', 'writeFileSync', 'promises.writeFile', 'outputFile', 'outputFileSync'], checkedAgainst: 'node@20.20, fs-extra@11' },
  { module: ['fs-extra'], export: ['writeFile', 'writeFileSync', 'outputFile', 'outputFileSync'], path: [''], checkedAgainst: 'fs-extra@11' },
  // A value written whole as JSON: fs-extra's writeJson is jsonfile's writeFile, `fs.writeFile(file, stringify(obj))`;
  // outputJson makes the folder first; the upper-case names are aliases.
  { module: ['fs-extra'], export: ['default', '*'], path: ['writeJson', 'writeJsonSync', 'writeJSON', 'writeJSONSync', 'outputJson', 'outputJsonSync', 'outputJSON', 'outputJSONSync'],
    checkedAgainst: 'fs-extra@11.4.1 (lib/json/index.js, lib/json/jsonfile.js: writeJson = jsonfile.writeFile; jsonfile index.js _writeFile: fs.writeFile(file, stringify(obj, options)))' },
  { module: ['fs-extra'], export: ['writeJson', 'writeJsonSync', 'writeJSON', 'writeJSONSync', 'outputJson', 'outputJsonSync', 'outputJSON', 'outputJSONSync'], path: [''], checkedAgainst: 'fs-extra@11.4.1' },
  { module: ['jsonfile'], export: ['default', '*'], path: ['writeFile', 'writeFileSync'], checkedAgainst: 'jsonfile@6 (index.js: writeFile(file, obj) → fs.writeFile(file, stringify(obj)))' },
  // `Bun.write(destination, input)` writes the whole file (its size is truncated to the input's), as `fs.writeFile`.
  { module: ['global'], export: ['Bun'], path: ['write'], checkedAgainst: 'bun-types@1.2.23 (bun.d.ts function write(destination, input, options): "If `input`\'s size is less than `destination`\'s size, `destination` will be truncated")' },
  { module: ['bun'], export: ['write'], path: [''], checkedAgainst: 'bun-types@1.2.23 (bun.d.ts function write)' },
  { module: ['bun'], export: ['*'], path: ['write'], checkedAgainst: 'bun-types@1.2.23 (bun.d.ts function write)' },
];

/**
 * @octokit/app's `App` makes its Octokits from the class its options name (src/index.ts: `const Octokit = options.Octokit
 * || OctokitCore; this.octokit = new Octokit(…)`), and `getInstallationOctokit(id)` makes another of the same class
 * (src/get-installation-octokit.ts: `new auth.octokit.constructor(options)`): `new App({ appId, privateKey, Octokit })`
 * with the `octokit` package's class gives Octokits with its plugins (plugin-retry among them), without one
 * @octokit/core's bare Octokit. The `octokit` package's `App` is that App with its own Octokit as the default class
 * (octokit.js src/app.ts: `App = DefaultApp.defaults({ Octokit })`).
 */
export const octokitReturnedInstances: import('./types.js').ReturnedInstanceFact[] = [
  { module: ['@octokit/app'], export: ['App'], instance: true, path: ['getInstallationOctokit'], returns: 'Octokit',
    classOption: { key: 'Octokit', defaultModule: '@octokit/core' }, checkedAgainst: '@octokit/app@15 (src/index.ts, src/get-installation-octokit.ts)' },
  { module: ['@octokit/app'], export: ['App'], instance: true, path: ['octokit'], member: true, returns: 'Octokit',
    classOption: { key: 'Octokit', defaultModule: '@octokit/core' }, checkedAgainst: '@octokit/app@15 (src/index.ts: this.octokit = new Octokit(…))' },
  { module: ['octokit'], export: ['App'], instance: true, path: ['getInstallationOctokit'], returns: 'Octokit',
    classOption: { key: 'Octokit', defaultModule: 'octokit' }, checkedAgainst: 'octokit@4 (src/app.ts: App = DefaultApp.defaults({ Octokit }))' },
  { module: ['octokit'], export: ['App'], instance: true, path: ['octokit'], member: true, returns: 'Octokit',
    classOption: { key: 'Octokit', defaultModule: 'octokit' }, checkedAgainst: 'octokit@4 (src/app.ts: App = DefaultApp.defaults({ Octokit }))' },
];
