// Browser journeys in Debian's Chromium against the whole stack, which global-setup starts once:
// the CMS on a fresh seeded SQLite file and the built site.
module.exports = {
  ...require('./jest.config.js'),
  rootDir: '.',
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};
