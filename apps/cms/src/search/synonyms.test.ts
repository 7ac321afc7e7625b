import { parseSynonyms, synonymKey } from './synonyms';

describe('parseSynonyms', () => {
  it('makes the words of a group find each other, by their folded form', () => {
    const synonyms = parseSynonyms('lawyer, attorney\n\n# a comment\nabogado, licenciado');
    expect(synonyms.get(synonymKey('Lawyers'))).toEqual(['attorney']);
    expect(synonyms.get(synonymKey('attorney'))).toEqual(['lawyer']);
    expect(synonyms.get(synonymKey('ABOGADO'))).toEqual(['licenciado']);
  });

  it('lets a one-way rule find the right side from the left, not the reverse', () => {
    const synonyms = parseSynonyms('restitution => compensation, damages');
    expect(synonyms.get(synonymKey('restitution'))).toEqual(['compensation', 'damages']);
    expect(synonyms.has(synonymKey('compensation'))).toBe(false);
  });

  it('accepts Persian and Chinese commas and ignores what folds to nothing', () => {
    const synonyms = parseSynonyms('وکیل، حقوقدان\n律师，律師，律師\n!!!, ???');
    expect(synonyms.get(synonymKey('وکیل'))).toEqual(['حقوقدان']);
    expect(synonyms.has(synonymKey('律师'))).toBe(false);
    expect(synonyms.size).toBe(2);
  });
});
