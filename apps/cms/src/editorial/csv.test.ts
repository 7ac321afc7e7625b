import { toCsv } from './csv';

it('quotes every field, doubles quotes and writes numbers and booleans as text', () => {
  const rows = [{ title: 'Say "no"', count: 3, sample: true, missing: null }];
  expect(toCsv(rows, ['title', 'count', 'sample', 'missing'])).toBe('"title","count","sample","missing"\r\n"Say ""no""","3","true",""\r\n');
});

it('keeps a spreadsheet from running a text as a formula', () => {
  const rows = [{ title: '=HYPERLINK("x")' }, { title: '-1' }, { title: 'Plain' }];
  expect(toCsv(rows, ['title']).split('\r\n').slice(1, 4)).toEqual(['"\'=HYPERLINK(""x"")"', '"\'-1"', '"Plain"']);
});
