// Every rule set here has a reason; see the comment beside it.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  js.configs.recommended,
  // Type-aware rules catch floating promises and misused async handlers, the bugs that lose work.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused arguments named _x are deliberate (e.g. framework callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // JSON must be parsed with a schema, never cast.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  // Which part of the app may import which (docs/architecture.md, "Boundaries"): lib/ and
  // components/ import no feature; a feature imports no other feature (the one exception is
  // commented where it is made); a feature's api/ never imports its form or results code.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'components', pattern: 'src/components' },
        { type: 'feature-api', pattern: 'src/features/*/api', capture: ['feature'] },
        { type: 'feature-form', pattern: 'src/features/*/form', capture: ['feature'] },
        { type: 'feature-results', pattern: 'src/features/*/results', capture: ['feature'] },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { types: { anyOf: ['lib', 'components'] } } },
              disallow: {
                to: {
                  element: {
                    types: {
                      anyOf: ['app', 'feature', 'feature-api', 'feature-form', 'feature-results'],
                    },
                  },
                },
              },
            },
            {
              from: {
                element: {
                  types: { anyOf: ['feature', 'feature-api', 'feature-form', 'feature-results'] },
                },
              },
              disallow: {
                to: {
                  element: {
                    types: { anyOf: ['feature', 'feature-api', 'feature-form', 'feature-results'] },
                    captured: { feature: '!{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
            {
              from: { element: { type: 'feature-api' } },
              disallow: {
                to: { element: { types: { anyOf: ['feature-form', 'feature-results'] } } },
              },
            },
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['server/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The bench's reference pages run in the browser.
    files: ['bench/pages/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // Locators come from the UI contract (roles and names), never CSS or XPath.
      'playwright/no-raw-locators': 'error',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
