module.exports = {
  ...require('../../jest.preset.js'),
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // These ship ES modules only; SWC compiles them for jest like the site's own code.
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|next-intl|use-intl|intl-messageformat|icu-minify)/)'],
};
