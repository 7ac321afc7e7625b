// One ESLint configuration for every workspace: typescript-eslint's type-aware rules everywhere,
// Next's core-web-vitals and jsx-a11y rules for the site, and Prettier owning layout.
import js from '@eslint/js';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typeScript = ['**/*.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.strapi/**',
      '**/.tmp/**',
      '**/.turbo/**',
      '**/generated/**',
      'apps/cms/types/generated/**',
      'apps/web/next-env.d.ts',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  { files: typeScript, extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked] },
  {
    files: typeScript,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // The CMS's tsconfig.json is the one Strapi builds with (no tests, no scripts); this one covers every file.
    files: ['apps/cms/**/*.ts'],
    // The admin panel's code has a tsconfig of its own (src/admin/tsconfig.json, Strapi's admin settings).
    ignores: ['apps/cms/src/admin/**'],
    languageOptions: { parserOptions: { projectService: false, project: './apps/cms/tsconfig.check.json' } },
  },
  { files: ['**/*.{js,cjs,mjs}'], languageOptions: { globals: globals.node } },
  { files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs' } },
  ...nextCoreWebVitals.map((config) => ({ ...config, files: ['apps/web/**/*.{js,mjs,ts,tsx}'] })),
  // Absolute, because each workspace runs ESLint from its own folder.
  { settings: { next: { rootDir: `${import.meta.dirname}/apps/web` } } },
  {
    files: typeScript,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `text || fallback` on strings is deliberate: an empty CMS field falls back like a missing one.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    // Tests read JSON bodies and Strapi's untyped services field by field; an assertion on the wrong
    // field fails the test, which is the check these rules would give.
    files: ['**/*.test.{ts,tsx}', '**/e2e/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  prettier,
);
