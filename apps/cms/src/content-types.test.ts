import contract from '@haven/content/contract.json';
import slugHistory from './api/slug-history/content-types/slug-history/schema.json';
import { publicContentTypes, sluggedContentTypes } from './content-types';

describe("the site's contract with the CMS", () => {
  it('names exactly the content types visitors may read', () => {
    expect(Object.keys(contract.contentTypes).sort()).toEqual([...publicContentTypes].sort());
  });

  it('records slug changes under the names slug history accepts', () => {
    const accepted = (slugHistory.attributes.contentType as { enum: string[] }).enum;
    expect(Object.values(sluggedContentTypes).sort()).toEqual([...accepted].sort());
  });
});
