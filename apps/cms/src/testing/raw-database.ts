import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * Writes an article's body (its draft and published rows) straight into the database of a CMS started by the harness (whose
 * DATABASE_* variables this process shares), past Strapi's validation: content that reached the
 * database some other way, for tests of what the site does with it.
 */
export async function storeRawArticleBody(documentId: string, locale: string, body: unknown): Promise<void> {
  const json = JSON.stringify(body);
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const pg = new Client({ connectionString: process.env.DATABASE_URL });
    await pg.connect();
    try {
      const { rowCount } = await pg.query('UPDATE articles SET body = $1 WHERE document_id = $2 AND locale = $3', [
        json,
        documentId,
        locale,
      ]);
      if (!rowCount) throw new Error(`no ${locale} rows for article ${documentId}`);
    } finally {
      await pg.end();
    }
    return;
  }
  const file = process.env.DATABASE_FILENAME;
  if (!file) throw new Error('DATABASE_FILENAME is not set: start the CMS with the harness first');
  const db = new Database(file);
  try {
    const { changes } = db.prepare('UPDATE articles SET body = ? WHERE document_id = ? AND locale = ?').run(json, documentId, locale);
    if (changes === 0) throw new Error(`no ${locale} rows for article ${documentId}`);
  } finally {
    db.close();
  }
}
