import { createHash } from 'node:crypto';
import trustedDocuments from '@haven/content/trusted-documents.json';
import { trustedDocumentFor } from './trusted-documents';

const { document, sha256 } = trustedDocuments.ArticleBySlug;

describe('trustedDocumentFor', () => {
  it('names each trusted document by the sha256 of its text', () => {
    for (const entry of Object.values(trustedDocuments)) {
      expect(createHash('sha256').update(entry.document).digest('hex')).toBe(entry.sha256);
    }
  });

  it('finds a trusted document by hash or by exact text', () => {
    expect(trustedDocumentFor({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } } })).toBe(document);
    expect(trustedDocumentFor({ query: document })).toBe(document);
  });

  it('finds nothing for other text, an unknown hash, or a hash sent with other text', () => {
    expect(trustedDocumentFor({ query: `${document} ` })).toBeUndefined();
    expect(trustedDocumentFor({ query: '{ articles { title } }' })).toBeUndefined();
    expect(trustedDocumentFor({ extensions: { persistedQuery: { sha256Hash: '0'.repeat(64) } } })).toBeUndefined();
    expect(trustedDocumentFor({ query: '{ articles { title } }', extensions: { persistedQuery: { sha256Hash: sha256 } } })).toBeUndefined();
    expect(trustedDocumentFor({})).toBeUndefined();
  });
});
