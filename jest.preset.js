// Shared jest settings: TypeScript through SWC, tests next to the code.
// Integration tests (*.int.test.ts) boot real services and run only through `jest -c jest.int.config.js`.
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.tsx?$'],
};
