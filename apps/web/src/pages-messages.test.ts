import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '@haven/i18n';
import en from '../messages/pages.en.json';

interface Tree {
  [key: string]: string | Tree;
}

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** ICU arguments ("{name}", "{count, plural, …}") and rich-text tags ("<ltr>"), not text inside branches. */
function placeholders(message: string): string[] {
  const found = [...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]|<\/?([A-Za-z]\w*)>/g)];
  return [...new Set(found.map((match) => match[1] ?? match[2] ?? ''))].sort();
}

function lookup(tree: Tree, key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : '';
}

describe.each(localeCodes)('messages/pages.%s.json', (locale) => {
  const messages = JSON.parse(readFileSync(path.join(__dirname, '..', 'messages', `pages.${locale}.json`), 'utf8')) as Tree;

  it('has exactly the keys of the English file', () => {
    expect(keys(messages).sort()).toEqual(keys(en as Tree).sort());
  });

  it('uses the same arguments and tags as the English messages, and no empty message', () => {
    for (const key of keys(en)) {
      const message = lookup(messages, key);
      expect([key, message.trim() === '']).toEqual([key, false]);
      expect([key, placeholders(message)]).toEqual([key, placeholders(lookup(en as Tree, key))]);
    }
  });
});
