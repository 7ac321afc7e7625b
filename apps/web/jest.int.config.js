// Boots the real CMS (seeded, temporary SQLite) and the built site; checks the site over HTTP.
module.exports = {
  ...require('./jest.config.js'),
  testMatch: ['<rootDir>/src/**/*.int.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  maxWorkers: 1,
};
