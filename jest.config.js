// Unit tests of every workspace (`npx jest` at the root). Integration and browser tests have their own configs.
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js', '<rootDir>/apps/*/jest.config.js'],
};
