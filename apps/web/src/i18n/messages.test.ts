import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localeCodes } from '@haven/i18n';

interface Tree {
  [key: string]: string | Tree;
}

const load = (locale: string): Tree => JSON.parse(readFileSync(join(__dirname, '../../messages', `${locale}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, text] of flatten(value, path)) entries.set(childPath, text);
  }
  return entries;
}

/** ICU arguments ({count}) and rich-text tags (<number>) a translation must keep. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((m) => m[0]).sort();

const reference = flatten(load(defaultLocale));

describe.each(localeCodes.filter((locale) => locale !== defaultLocale))('messages/%s.json', (locale) => {
  const messages = flatten(load(locale));

  it('has exactly the keys of the default locale', () => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it('keeps every placeholder and tag, and leaves nothing empty', () => {
    for (const [key, text] of messages) {
      expect({ key, text: text.trim() === '' ? '(empty)' : 'ok' }).toEqual({ key, text: 'ok' });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(reference.get(key) ?? ''),
      });
    }
  });
});
