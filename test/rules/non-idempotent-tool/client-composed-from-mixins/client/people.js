// People methods, added to whatever client class it is given.
export function PeopleMixin(Base) {
  return class extends Base {
    async invitePerson(email) {
      return this.request('POST', '/invitations', { email });
    }
  };
}
