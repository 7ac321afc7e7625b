import { everywhereCounties } from './contract';
import { directoryPageSize, directoryVariables } from './resource-directory';

describe('directoryVariables', () => {
  it('leaves out every filter the visitor did not set, as the request sends it', () => {
    expect(JSON.parse(JSON.stringify(directoryVariables({}, 1)))).toStrictEqual({ page: 1, pageSize: directoryPageSize });
  });

  it('matches a county as a quoted JSON string, with the statewide and nationwide services', () => {
    expect(directoryVariables({ county: 'Fresno' }, 2)).toEqual({
      page: 2,
      pageSize: directoryPageSize,
      county: '"Fresno"',
      statewide: '"statewide"',
      nationwide: '"nationwide"',
    });
  });

  it('names every county the contract says means everywhere', () => {
    const { statewide, nationwide } = directoryVariables({ county: 'Kern' }, 1);
    expect([statewide, nationwide].map((value) => JSON.parse(value as string) as string).sort()).toEqual([...everywhereCounties].sort());
  });

  it('matches a language and its regional variants', () => {
    expect(directoryVariables({ language: 'zh' }, 1)).toMatchObject({ language: '"zh"', languageVariant: '"zh-' });
  });

  it('passes kind and 24/7 as they are, and never asks for services that are not open 24/7', () => {
    expect(directoryVariables({ kind: 'hotline', open24x7: true }, 1)).toMatchObject({ kind: 'hotline', open24x7: true });
    expect(directoryVariables({ open24x7: false }, 1).open24x7).toBeUndefined();
  });
});
