// The eight tools the package's MCP server declares, declared for the model: a name, a description and an input schema.
export const toolDeclarations = [
  { name: 'create_note', description: 'create note', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'list_notes', description: 'list notes', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'get_note', description: 'get note', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'archive_note', description: 'archive note', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'list_tags', description: 'list tags', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'get_tag', description: 'get tag', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'list_users', description: 'list users', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'get_user', description: 'get user', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
];
