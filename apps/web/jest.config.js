module.exports = { ...require('../../jest.preset.js'), moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' } };
