import trustedDocuments from './generated/trusted-documents.json';

/** The name of an operation in src/documents, e.g. "ArticleBySlug". */
export type TrustedOperationName = keyof typeof trustedDocuments;

/**
 * The hash the CMS knows an operation by (see scripts/trusted-documents-plugin.cjs).
 * Throws for an operation that is not one of the site's documents, which is a programming error.
 */
export function trustedDocumentId(operationName: string | undefined): string {
  const entry =
    operationName && Object.hasOwn(trustedDocuments, operationName) ? trustedDocuments[operationName as TrustedOperationName] : undefined;
  if (!entry) throw new Error(`${operationName ?? 'An anonymous operation'} is not a trusted document`);
  return entry.sha256;
}
