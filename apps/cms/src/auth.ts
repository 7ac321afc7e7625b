/**
 * True for a request made on behalf of a visitor: unauthenticated (the Public role) or signed in
 * through users-permissions. Editors in the admin panel and API tokens that staff issue, such as the
 * site's preview token, are not visitors and may read drafts.
 */
export function isVisitor(state: { auth?: { strategy?: { name?: string } } } | undefined): boolean {
  const strategy = state?.auth?.strategy?.name;
  return strategy === undefined || strategy === 'users-permissions';
}
