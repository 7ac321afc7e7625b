import { isVisitor } from './auth';

describe('isVisitor', () => {
  it('treats the Public role and users-permissions sign-ins as visitors', () => {
    expect(isVisitor(undefined)).toBe(true);
    expect(isVisitor({})).toBe(true);
    expect(isVisitor({ auth: { strategy: { name: 'users-permissions' } } })).toBe(true);
  });

  it('lets editors and staff-issued API tokens read drafts', () => {
    expect(isVisitor({ auth: { strategy: { name: 'admin' } } })).toBe(false);
    expect(isVisitor({ auth: { strategy: { name: 'content-api-token' } } })).toBe(false);
  });
});
