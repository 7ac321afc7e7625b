/** Strategies whose callers may read drafts: editors in the admin panel and the site's preview token. */
const draftReaders = new Set(['admin', 'api-token']);

/** True for a request made on behalf of an anonymous visitor (the Public role). */
export function isVisitor(state: { auth?: { strategy?: { name?: string } } } | undefined): boolean {
  const strategy = state?.auth?.strategy?.name;
  return !(strategy && draftReaders.has(strategy));
}
