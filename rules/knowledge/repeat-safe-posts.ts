// POSTs whose repeat makes nothing new although their path looks like a create (test/corpus/README.md settled
// questions 6 and 19). Matched against the literal parts of the URL written at the call (`\u0000` for a part the code
// fills in), after http-clients.ts's read-only and credential-mint checks.

/**
 * Paths that mint a short-lived credential, written as two segments (the last one alone, `tokens`, also names
 * collections of long-lived API tokens): a database's or group's `…/auth/tokens` (Turso Platform API
 * `POST /v1/organizations/{org}/databases/{db}/auth/tokens` and `…/groups/{group}/auth/tokens`, each answering a JWT
 * with the expiration asked for). A repeat mints another token and the first simply expires (question 6). Also a
 * refresh of the client's own credential, `/auth/refresh`, `/token/refresh`, `/sessions/refresh` (a bare `/refresh` may
 * re-run a dataset's or a cache's refresh job).
 */
export const credentialMintPath: RegExp = /\/auth\/tokens\/?(\?|$)|\/(?:auth|oauth|tokens?|sessions?|jwt)\/refresh\/?(\?|$)/i;

/**
 * Creates under a name the service keeps unique, each checked in the API's documentation: a repeat under the same
 * name is refused (HTTP 409), so the first create stands alone (question 19). The name is a required field of each
 * create, so no separate check that the call passes it.
 */
export const uniqueNameCreatePaths: ReadonlyArray<{ path: RegExp; why: string; checkedAgainst: string }> = [
  {
    path: /^https:\/\/api\.turso\.tech\/v1\/organizations\/[^/]+\/(databases|groups)\/?(\?|$)/,
    why: 'a database or group name is unique in its Turso organization: a repeat is refused with 409',
    checkedAgainst: 'Turso Platform API (docs.turso.tech/api-reference: POST /v1/organizations/{org}/databases and /groups take a required name; an existing name answers 409 Conflict)',
  },
  // GitHub REST (also as an Octokit route, `request('POST /repos/{owner}/{repo}/git/refs', …)`): a ref is created under
  // its required name, and an open pull request is kept once per head and base.
  {
    path: /\/repos\/(?:[^/]+\/)?[^/]+\/git\/refs\/?(\?|$)/,
    why: 'a git ref name is unique in its repository: a repeat is refused (422 "Reference already exists")',
    checkedAgainst: 'GitHub REST API (github/rest-api-description: POST /repos/{owner}/{repo}/git/refs takes a required ref; an existing one answers 422 "Reference already exists")',
  },
  // A repository under its required name, as the route Octokit's `request` takes (`request('POST /user/repos', { name })`)
  // or the URL: the name is unique per owner (the method form, repos.createForAuthenticatedUser / createInOrg, is
  // saas-writes.ts's 'Octokit create under a unique name').
  {
    path: /(?:^|\/)(?:user|orgs\/[^/]+)\/repos\/?(\?|$)/,
    why: 'a repository name is unique per owner: a repeat is refused (422 "name already exists on this account")',
    checkedAgainst: 'GitHub REST API (github/rest-api-description: POST /user/repos and POST /orgs/{org}/repos take a required name; an existing one answers 422)',
  },
  // The other forges keep one open pull (merge) request per source and target branch too (question 62): Bitbucket
  // Cloud `/repositories/{ws}/{repo}/pullrequests`, Bitbucket Server `/pull-requests`, Azure DevOps `/pullrequests`,
  // GitLab `/projects/{id}/merge_requests` (Gitea's `/repos/{owner}/{repo}/pulls` is GitHub's entry below).
  {
    path: /\/(?:pullrequests|pull-requests|merge_requests)\/?(\?|$)/,
    why: 'a forge keeps one open pull request per source and target branch: a repeat is refused (409 or "already exists")',
    checkedAgainst: 'Bitbucket Cloud REST (POST /repositories/{ws}/{repo}/pullrequests: 400 "There are no changes to be pulled" / an open one for the branch exists), Bitbucket Server (409 DuplicatePullRequestException), Azure DevOps (TF401179), GitLab (POST /projects/{id}/merge_requests: 409 "Another open merge request already exists for this source branch")',
  },
  // WordPress REST (wp-json/wp/v2): a user, a term (category, tag), an identical comment and an installed plugin are
  // refused when they exist (question 70).
  {
    path: /\/wp\/v2\/(?:users|categories|tags|comments|plugins)\/?(\?|$)/,
    why: 'WordPress refuses an existing username or e-mail, an existing term, an identical comment and an installed plugin: a repeat creates nothing',
    checkedAgainst: 'WordPress REST API handbook and core (existing_user_login / existing_user_email, term_exists, comment_duplicate from wp_allow_comment, folder_exists on plugin install)',
  },
  // Zendesk Support: an organization is created under its required name, unique in the account.
  {
    path: /\.zendesk\.com\/api\/v2\/organizations(?:\.json)?\/?(\?|$)/,
    why: 'a Zendesk organization name is unique in the account: a repeat is refused (422 RecordInvalid, DuplicateValue)',
    checkedAgainst: 'Zendesk Support API (POST /api/v2/organizations takes a required name; an existing name answers 422 RecordInvalid {"name":[{"error":"DuplicateValue","description":"Name: … has already been taken"}]}, as zendesk/zendesk_api_client_rb issue 457 shows for a repeated create)',
  },
  // HubSpot CRM properties: a property is created under its required internal `name`, unique for its object type.
  {
    path: /\/crm\/v3\/properties\/[^/]+\/?(\?|$)/,
    why: 'a CRM property name is unique for its object type: a repeat is refused (409 Conflict)',
    checkedAgainst: 'HubSpot CRM properties v3 reference (POST /crm/v3/properties/{objectType} requires name, label, type, fieldType, groupName; an existing name answers 409 CONFLICT "Property named … already exists")',
  },
  // AWS Lambda's REST API (the paths a SigV4-signing client sends without the SDK): an alias is created under its
  // required Name and a permission statement under its required StatementId, each unique on the function; and Lambda
  // keeps one event-source mapping per event source and function.
  {
    path: /\/2015-03-31\/functions\/[^/]+\/(?:aliases|policy)\/?(\?|$)/,
    why: 'a Lambda alias name and a permission statement id are unique on the function: a repeat is refused (409 ResourceConflictException)',
    checkedAgainst: 'AWS Lambda API reference (CreateAlias: POST /2015-03-31/functions/{FunctionName}/aliases with a required Name; AddPermission: POST /2015-03-31/functions/{FunctionName}/policy with a required StatementId; both list ResourceConflictException "The resource already exists", as "The statement id (…) provided already exists" in terraform-provider-aws issue 3312)',
  },
  {
    path: /\/2015-03-31\/event-source-mappings\/?(\?|$)/,
    why: 'Lambda keeps one event-source mapping per event source and function: a repeat is refused (409 ResourceConflictException)',
    checkedAgainst: 'AWS Lambda API reference (CreateEventSourceMapping: POST /2015-03-31/event-source-mappings/, ResourceConflictException); the answer to a second mapping, "The event source arn (…) and function (…) provided mapping already exists. Please update or delete the existing mapping with UUID …" (aws/serverless-application-model issue 1320, DataBiosphere/azul issue 3399: status 409)',
  },
  // Hetzner Cloud: a target already on the load balancer and a service on a listen port already in use are refused.
  {
    path: /\/load_balancers\/[^/?#]+\/actions\/add_(?:target|service)\/?(\?|$)/,
    why: 'a Hetzner load balancer keeps each target once and one service per listen port: a repeat is refused (target_already_defined, source_port_already_used)',
    checkedAgainst: 'Hetzner Cloud API reference, Load Balancer Actions ("Add Target": error target_already_defined "The Load Balancer target you are trying to define is already defined"; "Add Service": error source_port_already_used "The source port you are trying to add is already in use"), as the hcloud crate documents them',
  },
  {
    path: /\/repos\/(?:[^/]+\/)?[^/]+\/pulls\/?(\?|$)/,
    why: 'GitHub keeps one open pull request per head and base: a repeat is refused (422 "A pull request already exists")',
    checkedAgainst: 'GitHub REST API (github/rest-api-description: POST /repos/{owner}/{repo}/pulls takes a required head and base; a second open one answers 422 "A pull request already exists")',
  },
];

/**
 * POSTs whose repeat answers what the first call made, or mints only an unused id (question 6), each checked in the
 * API's reference.
 */
export const sameResultPostPaths: ReadonlyArray<{ path: RegExp; why: string; checkedAgainst: string }> = [
  {
    path: /\/2015-03-31\/functions\/[^/]+\/versions\/?(\?|$)/,
    why: 'Lambda publishes no new version of unchanged code and configuration: a repeat answers the version the first call made',
    checkedAgainst: 'AWS Lambda API reference, PublishVersion (POST /2015-03-31/functions/{FunctionName}/versions): "Lambda doesn\'t publish a version if the function\'s configuration and code haven\'t changed since the last version"',
  },
  {
    path: /\/xrpc\/com\.atproto\.repo\.putRecord\/?(\?|$)/,
    why: 'an AT Protocol record written under the rkey the caller gives: a repeat writes the same record again',
    checkedAgainst: 'AT Protocol lexicon com.atproto.repo.putRecord ("Write a repository record, creating or updating it as needed", with a required rkey; @atproto/api lexicons)',
  },
  {
    path: /\/v3\/mail\/batch\/?(\?|$)/,
    why: 'a SendGrid batch id is only minted for later sends to name: nothing is sent or stored until one does',
    checkedAgainst: 'Twilio SendGrid v3 API reference, Cancel Scheduled Sends "Create a batch ID" (POST /v3/mail/batch: "generate a new mail batch ID", associated with a send only when a later Mail Send passes it)',
  },
];

/**
 * The body of a QuickBooks Online update: the entity's `Id` with the `SyncToken` of the version the caller read (a full
 * or sparse update, `POST /v3/company/{realmId}/{entity}`). QuickBooks refuses a token that is no longer the entity's
 * (error 5010 "Stale Object Error"), so a repeat of the same body after the first landed is refused; before that it
 * sets the same fields (question 5: an update that sets given values, low confidence at most). Both names are
 * QuickBooks' own casing; a create carries neither.
 */
export const versionedUpdateBody = {
  properties: ['Id', 'SyncToken'],
  checkedAgainst: 'QuickBooks Online Accounting API (intuit developer reference, e.g. Customer "Sparse update a customer": "The ID of the object to update" and "SyncToken: Version number of the object … used to lock an object for use by one app at a time"; error 5010 Stale Object Error on an old SyncToken)',
} as const;

/**
 * The body of a sync request that reads or writes by what it names: Todoist's Sync API (`POST /sync/v9/sync`, the
 * unified API's `POST /api/v1/sync`) answers the resources listed in `resource_types` changed since the `sync_token`
 * given, and writes only the `commands` a body carries. A body with both read parameters and no `commands` is a read
 * sent as POST, wherever its URL comes from (a constant in another module, a setting).
 */
export const syncReadBody = {
  reads: ['sync_token', 'resource_types'],
  writes: 'commands',
  checkedAgainst: 'Todoist Sync API v9 reference (developer.todoist.com/sync/v9, "Get all projects": POST /sync/v9/sync with sync_token=* and resource_types=["projects"] answers the projects; "Commands": writes are the `commands` parameter), the same parameters on the unified API v1 `/api/v1/sync`',
} as const;

/**
 * AT Protocol records that stand for a relation an account has once with a subject, written with
 * `com.atproto.repo.createRecord` (`POST /xrpc/com.atproto.repo.createRecord` with the record's `collection` in the
 * body): a like or a repost of a post, a follow of an account. Bluesky's AppView keeps one per creator and subject and
 * records a second as a duplicate that no count or view shows, so a repeat makes nothing anyone sees twice (question 27).
 * A post (`app.bsky.feed.post`) is a new record every call.
 */
export const atprotoRelationRecord = {
  path: /\/xrpc\/com\.atproto\.repo\.createRecord\/?(?:\?|$)/,
  collection: /^app\.bsky\.(?:feed\.(?:like|repost)|graph\.follow)$/,
  why: 'a Bluesky like, repost or follow is kept once per account and subject: a repeat is indexed as a duplicate and shows nothing new',
  checkedAgainst: 'bluesky-social/atproto packages/bsky (AppView) migrations: like_unique_subject UNIQUE (subject, creator), repost_unique_subject UNIQUE (creator, subject), follow_unique_subject UNIQUE (creator, subjectDid); indexing/plugins/like.ts findDuplicate records a second like as a duplicate_record',
} as const;

/**
 * Relations a service keeps once per user (test/corpus/README.md question 27), named as an RPC method at the end of a
 * POST's URL or as a client's method path: an emoji reaction on a message (Slack Web API `reactions.add` answers
 * `already_reacted`), a pinned item (`pins.add`: `already_pinned`), a starred item (`stars.add`: `already_starred`). A
 * repeat adds nothing. Checked against the Slack Web API reference (docs.slack.dev: the errors each method answers).
 */
export const relationKeptOnceMethod: RegExp = /(?:^|[./])(?:(?:reactions|pins|stars)\.add|conversations\.invite)$/;

/**
 * The same relations sent to their URL (`https://slack.com/api/reactions.add`, with or without a query). Also a
 * channel's members, `conversations.invite`: a user already in the channel is refused (`already_in_channel`) and the
 * others are added once (Slack API reference, conversations.invite; question 27).
 */
export const relationKeptOncePath: RegExp = /\/(?:(?:reactions|pins|stars)\.add|conversations\.invite)\/?(?:\?|$)/;
export const relationKeptOnceWhy = 'a relation kept once per user (an emoji reaction, a pin, a star, a channel membership): a repeat is refused and adds nothing';

/**
 * A POST to one record's relation, the last path segment right after the record's id (`/posts/{id}/upvote`,
 * `/messages/{id}/reactions`, `/deals/{id}/followers`, `/tickets/{id}/watchers`, `/teams/{id}/join`): a vote, an emoji
 * reaction, a like or favourite, a follow, watch or subscription, a membership joined or left, an assignee. Each is a
 * relation the record keeps once per user (or per user and emoji) — a repeat finds it there, is refused, or leaves the
 * same state — not a new record anyone would see twice (test/corpus/README.md question 27). Not a toggle
 * (`/reactions/toggle`: a repeat undoes it, question 71), not a participant or member record with its own id, not a
 * comment or a bookmark (new records each call).
 */
export const relationKeptOnceSegment: RegExp =
  /^(?:reactions?|(?:up|down)votes?|votes?|likes?|unlike|favou?rites?|unfavou?rite|follow|unfollow|followers|watch|unwatch|watchers|subscribe|unsubscribe|subscribers|join|leave|assignees|requested_reviewers)$/i;

/**
 * Tags or labels put on one record (`/issues/{n}/labels`, `/tickets/{id}/tags`, `/members/{hash}/tags`): a set the
 * record keeps each tag in once (question 27). Not under a container's id (`/boards/{id}/labels`, `/projects/{id}/tags`,
 * HighLevel's sub-account `/locations/{id}/tags`, "Create Tag" with a `name` in the API v2 reference): there the POST
 * defines a new tag or label, which some services let repeat.
 */
export const tagsOfRecordSegment: RegExp = /^(?:tags|labels)$/i;
export const tagContainerCollection: RegExp =
  /^(?:boards|projects|repos|repositories|workspaces|teams|orgs|organi[sz]ations|accounts|spaces|folders|sites|groups|stores|shops|databases|bases|guilds|servers|modules|locations)$/i;
/**
 * Tags put on or taken off many records at once, the records listed in the body (`POST /contacts/tags/bulk` with `ids`,
 * `tags` and an add or remove operation, as the HighLevel client in the corpus sends it): each record keeps a tag once, so
 * a repeat leaves the same tag sets (question 27). Not a bulk create of records (`/contacts/bulk`).
 */
export const tagsInBulkPath: RegExp = /\/[A-Za-z][\w-]*\/(?:tags|labels)\/bulk\/?(?:\?|$)/;
export const relationOfRecordWhy = 'a relation one record keeps once (a vote, a reaction, a follower or watcher, a membership, a tag): a repeat adds nothing new';

/**
 * REST endpoints that set a relation between two records the caller names (question 27): a repeat finds the relation
 * there and adds nothing, or removes one already gone.
 */
export const relationEndpointPaths: ReadonlyArray<{ path: RegExp; why: string; checkedAgainst: string }> = [
  {
    // JSON:API (Klaviyo and others): a POST to a record's to-many relationship link adds the listed members.
    path: /\/[^/]+\/relationships\/[A-Za-z][\w-]*\/?(?:\?|$)/,
    why: 'members added to a to-many relationship are kept once: a member already present is not added again',
    checkedAgainst: 'JSON:API 1.0 "Updating To-Many Relationships": on POST to a relationship URL "the server MUST add the specified members to the relationship unless they are already present"',
  },
  {
    // HubSpot associations between two record types: the batch create links each listed (from, to) pair under the
    // given association type, a link a pair has once (the single form is the PUT of
    // `/crm/v4/objects/{from}/{fromId}/associations/{to}/{toId}`, which repeats safely).
    path: /\/associations\/[^/]+\/[^/]+\/batch\/(?:create|associate\/default)\/?(?:\?|$)/,
    why: 'an association between two given records is kept once: a repeat links nothing new',
    checkedAgainst: 'HubSpot CRM associations v4 reference (POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create and …/batch/associate/default take inputs of from and to ids; the same pair and type is one association)',
  },
  {
    // The REST paths of the asana SDK's relation methods (knowledge/vendor-writes.ts: addProjectForTask, addTagForTask, …).
    path: /\/tasks\/[^/]+\/(?:add|remove)(?:Project|Tag|Followers|Dependencies|Dependents)\/?(?:\?|$)|\/tasks\/[^/]+\/setParent\/?(?:\?|$)|\/sections\/[^/]+\/addTask\/?(?:\?|$)|\/projects\/[^/]+\/sections\/insert\/?(?:\?|$)/,
    why: 'an Asana relation between a task and a named project, section, tag, follower or task: a repeat leaves it as it is (or places the task again)',
    checkedAgainst: 'Asana REST API reference (POST /tasks/{task_gid}/addProject, addTag, addFollowers, addDependencies "if they are not already", the remove* counterparts, setParent; POST /sections/{section_gid}/addTask; POST /projects/{project_gid}/sections/insert), the endpoints of asana@3.0.12 TasksApi/SectionsApi',
  },
  {
    // ClickUp API v2 (paths often written without a leading slash under the client's base URL, a query string of
    // custom-task-id options built by a helper after them): a tag put on a task, a link between two tasks, a dependency
    // between two tasks, tags put on time entries — each a relation the task or entry keeps once.
    path: /(?:^|[/\u0000])task\/[^/?#]+\/(?:(?:tag|link)\/[^/?#]+|dependency)\/?(?:\?|\u0000$|$)|\/team\/[^/?#]+\/time_entries\/tags\/?(?:\?|$)/,
    why: 'a ClickUp tag on a task, a link or dependency between two given tasks, a tag on a time entry: kept once, a repeat adds nothing',
    checkedAgainst: 'ClickUp API v2 reference (POST /api/v2/task/{task_id}/tag/{tag_name} "Add Tag To Task", POST /task/{task_id}/link/{links_to} "Add Task Link", POST /task/{task_id}/dependency with depends_on or dependency_of "Add Dependency", POST /team/{team_Id}/time_entries/tags "Add tags from time entries")',
  },
  {
    path: /\/cards\/[^/]+\/id(?:Members|Labels)\/?(?:\?|$)/,
    why: 'a Trello member or label put on a card: a repeat is refused (already on the card) and adds nothing',
    checkedAgainst: 'Trello REST API (POST /1/cards/{id}/idMembers and /idLabels take one id; a member or label already on the card answers 400)',
  },
];

/**
 * Sending a saved draft the caller names (`POST …/drafts/send` with the draft's id in the body, as Gmail's REST API
 * takes it, or `…/drafts/{id}/send`; a client's `drafts.send(…)`): the send consumes the draft, so a repeat on the same
 * id is refused (test/corpus/README.md question 32: a state transition a repeat cannot make again). Low confidence at
 * most, as a state set (RULES.md). Not a send of a message created in the same call (`/messages/{id}/send` after a
 * create): that create is the write.
 */
export const draftSendPath: RegExp = /\/drafts\/(?:[^/?#]+\/)?send\/?(?:\?|$)/i;
export const draftSendMethod: RegExp = /(?:^|\.)drafts\.send$/;

/**
 * A campaign sent by its id (an e-mail platform's `POST …/campaigns/{id}/actions/send`): the send moves the campaign out
 * of the status it can be sent from, and the service refuses a second send (test/corpus/README.md question 90: one-shot,
 * a state transition a repeat cannot make again; low confidence at most, as a state set). Not `…/actions/test`, which
 * sends test e-mails each call. The path is the Mailchimp Marketing API's (often written without its host, under a
 * client's base URL); checked against its reference, "Send a campaign" (POST /3.0/campaigns/{campaign_id}/actions/send:
 * sends a campaign in `save` (draft) or `paused` status; one already sent is refused, not sent again).
 */
export const campaignSendPath: RegExp = /\/campaigns\/[^/?#]+\/actions\/send\/?(?:\?|$)/i;

/**
 * Action endpoints of one vendor's API that set the state of the record the id names, each checked in the vendor's
 * reference: a repeat finds the record in that state (test/corpus/README.md questions 5 and 6: low confidence at most).
 * They take over where the generic action words leave off (knowledge/http-clients.ts stateTransitionSegment): on most
 * APIs `start`, `publish` and `schedule` run, deliver or queue again (question 28), not on these.
 */
export const vendorStateActionPaths: ReadonlyArray<{ path: RegExp; kind: 'update-set' | 'delete-id'; checkedAgainst: string }> = [
  {
    // Mailchimp Marketing API 3.0: a classic automation's emails started or paused, a campaign's delivery time set or
    // taken off, a landing page published or unpublished — each the status of the record the id names.
    path: /api\.mailchimp\.com\/3\.0\/(?:automations\/[^/]+(?:\/emails\/[^/]+)?\/actions\/(?:start|pause)(?:-all-emails)?|campaigns\/[^/]+\/actions\/(?:un)?schedule|landing-pages\/[^/]+\/actions\/(?:un)?publish)\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'Mailchimp Marketing API 3.0 reference (api.mailchimp.com/schema/3.0/Swagger.json: "Start all emails in an Automation workflow", "Start an automated email", "Schedule a campaign for delivery", "Unschedule a scheduled campaign that hasn\'t started sending", "Publish a landing page that is in draft, unpublished, or has been previously published and edited", "Unpublish a landing page that is in draft or has been published")',
  },
  {
    // Gmail REST, the URL form of the googleapis methods knowledge/google-apis.ts already takes as updates
    // (users.messages.modify, users.threads.modify, batchModify, trash, untrash): label ids added to or removed from a
    // message or thread, which keeps each label once, or the message moved to or out of the trash.
    path: /gmail\.googleapis\.com\/gmail\/v1\/users\/[^/]+\/(?:(?:messages|threads)\/[^/]+\/(?:modify|trash|untrash)|messages\/batchModify)\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'Gmail API v1 reference (POST /gmail/v1/users/{userId}/messages/{id}/modify "Modifies the labels on the specified message", threads/{id}/modify, messages/batchModify, messages/{id}/trash and untrash); @googleapis/gmail@18.0.0 users.messages.modify',
  },
  {
    // Trello: every card of the list the id names archived, or moved to the board and list given — a repeat finds the
    // list empty.
    path: /\/lists\/[^/?#]+\/(?:archiveAllCards|moveAllCards)\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'Trello REST API, Lists (POST /1/lists/{id}/archiveAllCards "Archive all cards in a list", POST /1/lists/{id}/moveAllCards with idBoard and idList "Move all cards in a list"); trello.js lists.archiveAllListCards / moveAllListCards',
  },
  {
    // AWS Lambda TagResource: the given tags set on the resource the ARN names (a tag key holds one value).
    path: /\/2017-03-31\/tags\/[^/?#]+\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'AWS Lambda API reference, TagResource (POST /2017-03-31/tags/{Resource} with the Tags map to add to the function)',
  },
  {
    // Close: a bulk edit sets the given status or field on every lead a query matches.
    path: /\/bulk_action\/edit\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'Close API reference, Bulk Actions (POST /api/v1/bulk_action/edit/ with a query and a type such as set_lead_status or set_custom_field); not bulk_action/email, which sends the e-mails again',
  },
  {
    // Close: a bulk delete removes the leads a query matches; a repeat finds none.
    path: /\/bulk_action\/delete\/?(?:\?|$)/,
    kind: 'delete-id',
    checkedAgainst: 'Close API reference, Bulk Actions (POST /api/v1/bulk_action/delete/ with a query: deletes the matching leads)',
  },
  {
    // QuickBooks Online: an entity deleted (`?operation=delete`) or voided (`?operation=void`) by the Id and SyncToken
    // in the body; a stale SyncToken is refused (error 5010), a deleted entity is gone.
    path: /\?(?:[^#]*&)?operation=delete(?:&|#|$)/,
    kind: 'delete-id',
    checkedAgainst: 'QuickBooks Online Accounting API (POST /v3/company/{realmId}/{entity}?operation=delete "Include a minimum of Id and SyncToken in the request body"; stale SyncToken error 5010)',
  },
  {
    path: /\?(?:[^#]*&)?operation=void(?:&|#|$)/,
    kind: 'update-set',
    checkedAgainst: 'QuickBooks Online Accounting API (POST /v3/company/{realmId}/invoice?operation=void, also payment and salesreceipt: sets the transaction voided, with its Id and SyncToken)',
  },
  {
    // Shippo: a batch is bought from status VALID only, and buying moves it to PURCHASING: a second purchase is refused.
    path: /\/batches\/[^/?#]+\/purchase\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'Shippo API reference, Batches "Purchase a batch" (POST /batches/{BatchId}/purchase: "Purchases an existing batch with a status of VALID. Once you send a POST request to the purchase endpoint the batch status will change to PURCHASING")',
  },
  {
    // ClickUp API v2: a custom field's value set on a task, and the running timer stopped — a repeat sets the same value
    // or finds no timer running.
    path: /(?:^|[/\u0000])task\/[^/?#]+\/field\/[^/?#]+\/?(?:\?|\u0000$|$)|\/team\/[^/?#]+\/time_entries\/stop\/?(?:\?|$)/,
    kind: 'update-set',
    checkedAgainst: 'ClickUp API v2 reference (POST /api/v2/task/{task_id}/field/{field_id} "Set Custom Field Value" with the value, POST /team/{team_Id}/time_entries/stop "Stop a time Entry": stops the timer running for the user)',
  },
  {
    // AT Protocol: a repository record deleted by its collection and rkey — gone after the first call.
    path: /\/xrpc\/com\.atproto\.repo\.deleteRecord\/?(?:\?|$)/,
    kind: 'delete-id',
    checkedAgainst: 'AT Protocol lexicon com.atproto.repo.deleteRecord ("Delete a repository record", by repo, collection and rkey; @atproto/api lexicons)',
  },
  {
    // A subscriber taken out of a classic automation workflow: the e-mail given is removed, and a removed subscriber
    // "can never be added back to the same workflow" — a repeat removes nothing more.
    path: /api\.mailchimp\.com\/3\.0\/automations\/[^/]+\/removed-subscribers\/?(?:\?|$)/,
    kind: 'delete-id',
    checkedAgainst: 'Mailchimp Marketing API 3.0 reference ("Remove subscriber from workflow": POST /automations/{workflow_id}/removed-subscribers with the email_address; "Once they\'re removed, they can never be added back to the same workflow")',
  },
];

/**
 * Discord REST routes (discord-api-types' `Routes`, as `@discordjs/rest`'s and @sapphire's `rest.post(Routes.x(…))`
 * send them) whose POST makes nothing a repeat duplicates, each checked in Discord's API reference
 * (discord.com/developers/docs/resources/*) with the route names of discord-api-types v10 (rest/v10/index.ts `Routes`).
 * `minArgs`: only when the route is given at least this many arguments (`Routes.threads(channelId, messageId)` is a
 * thread started from a message, one per message; `Routes.threads(channelId)` a new thread every time).
 */
export const repeatSafeDiscordRoutes: ReadonlyArray<{ routes: ReadonlyArray<string>; minArgs?: number; why: string }> = [
  { routes: ['channelTyping'], why: 'a typing indicator shows for a few seconds and stores nothing (question 6)' },
  { routes: ['userChannels'], why: 'Create DM returns the existing DM channel with the user when there is one (question 6)' },
  { routes: ['channelInvites'], why: 'an invite is a minted link, and Discord hands back a similar invite unless `unique` is set (questions 6 and 110)' },
  { routes: ['guildBulkBan'], why: 'a ban is kept once per user: a repeat bans nobody new (question 27)' },
  { routes: ['channelBulkDelete'], why: 'deletes the given message ids: a repeat finds them gone (question 5)' },
  { routes: ['applicationCommands', 'applicationGuildCommands'], why: 'a command is kept under its name: creating one with the name of an existing command overwrites it (Create Global / Guild Application Command)' },
  { routes: ['interactionCallback'], why: 'an interaction is answered once: Discord refuses a second response (40060 "Interaction has already been acknowledged", question 32)' },
  { routes: ['threads'], minArgs: 2, why: 'a thread started from a message: Discord allows one per message and refuses a second (160004, questions 19 and 32)' },
  { routes: ['channelMessageCrosspost'], why: 'a message is crossposted once: Discord refuses a second (40033 "This message has already been crossposted", question 32)' },
  { routes: ['consumeEntitlement'], why: 'an entitlement is consumed once (question 32)' },
  { routes: ['expirePoll'], why: 'a poll is ended once (question 32)' },
  { routes: ['stageInstances'], why: 'a stage channel holds one stage instance: a second create is refused (question 19)' },
  { routes: ['guildTemplates'], why: 'a guild holds one template: a second create is refused (30031 "Guild already has a template", question 19)' },
];

/** The modules `Routes` is imported from: discord-api-types itself and the packages that re-export it. */
export const discordRoutesModule: RegExp = /^(?:discord-api-types(?:\/.*)?|discord\.js|@discordjs\/core(?:\/.*)?)$/;

/**
 * GraphQL mutations (by their first field, the operation the API runs) whose repeat makes nothing new although their
 * names say add or create. Shopify Admin GraphQL API, each checked in its reference (shopify.dev/docs/api/admin-graphql):
 * `tagsAdd` adds to a resource's tag set and `collectionAddProducts` to a collection's products, each kept once
 * (question 27); `stagedUploadsCreate` mints temporary upload targets nothing refers to until a later create names
 * them (question 6); `productVariantsBulkCreate` refuses a variant whose option values an existing variant has ("The
 * variant … already exists"), `productOptionsCreate` an option name the product has ("Option … already exists"), and
 * `webhookSubscriptionCreate` a second subscription to the same topic and address ("Address for this topic has
 * already been taken") (question 19). `productVariantsBulkReorder` sets the given positions (an update of given values).
 * Linear's attachment mutations, keyed by url and issue.
 */
export const repeatSafeGraphqlMutations: ReadonlyArray<{ fields: ReadonlyArray<string>; kind: 'upsert' | 'update-set'; why: string }> = [
  { fields: ['tagsAdd', 'collectionAddProducts', 'collectionAddProductsV2'], kind: 'upsert', why: 'adds to a set the resource keeps each member in once: a repeat adds nothing (question 27)' },
  { fields: ['stagedUploadsCreate'], kind: 'upsert', why: 'mints temporary upload targets, unused until a later create names them (question 6)' },
  { fields: ['productVariantsBulkCreate', 'productOptionsCreate', 'webhookSubscriptionCreate'], kind: 'upsert', why: 'Shopify refuses a second variant with the same option values, a second option of the same name, a second subscription to the same topic and address (question 19)' },
  { fields: ['productVariantsBulkReorder'], kind: 'update-set', why: 'sets the given positions' },
  // Linear: an attachment is keyed by its url on the issue — "If another attachment is created with the same `url`
  // value, existing record is updated instead" (Linear GraphQL schema, AttachmentCreateInput.url); the link mutations
  // make the same attachment from the url they are given (question 19).
  { fields: ['attachmentCreate', 'attachmentLinkURL', 'attachmentLinkDiscord'], kind: 'upsert', why: 'Linear keys an attachment by its url on the issue: a repeat updates the attachment the first call made (question 19)' },
];

/**
 * A string literal (or template text) ending in the WordPress REST API root, `wp-json/wp/v2/`, as a client's base URL
 * is written (`baseURL + 'wp-json/wp/v2/'`, `\`${site}/wp-json/wp/v2/\``): relative paths sent through that client are
 * WordPress routes.
 */
export const wordPressApiBase: RegExp = /wp-json\/wp\/v2\/?['"`]/;

/**
 * A POST to one WordPress REST object, `/wp/v2/{rest_base}/{id}` (a post, page, custom post type, term, user, comment,
 * media item): WordPress routes it to update_item, which sets the fields given (question 5: low confidence at most).
 * The collection may be filled in too (a taxonomy's or post type's `rest_base`). Checked against WordPress core
 * (wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php, …-terms-controller.php, …-users-controller.php,
 * …-comments-controller.php register_routes: `/{rest_base}/(?P<id>[\d]+)` with WP_REST_Server::EDITABLE, which is
 * 'POST, PUT, PATCH', mapped to update_item).
 */
export const wordPressItemPath: RegExp = /\/wp\/v2\/[^/?#]+\/\u0000\/?(?:\?|$)/;
