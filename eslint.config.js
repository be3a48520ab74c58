import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What the core may not write (no floats for money, no clock). */
const CORE_SYNTAX = [
  // Money never passes through a float (the Decimal constructor's type refuses numbers too).
  {
    selector: "CallExpression[callee.name='parseFloat']",
    message: 'No floats for money: build a Decimal from the text.',
  },
  {
    selector: "CallExpression[callee.object.name='Number'][callee.property.name='parseFloat']",
    message: 'No floats for money: build a Decimal from the text.',
  },
  {
    selector: "CallExpression[callee.name='Number']",
    message:
      'No Number(...) in the core: money is Decimal from text; read counts with a digit loop or parseInt.',
  },
  {
    selector: "CallExpression[callee.property.name='toNumber']",
    message: 'No .toNumber(): a Decimal never turns into a float.',
  },
  {
    selector: 'NewExpression[callee.name=/^Decimal/] > Literal.arguments[raw=/^[-0-9.]/]',
    message: "Build a Decimal from text: new Decimal('6.62'), never from a number literal.",
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(times|mul|div|dividedBy|plus|add|minus|sub|mod|pow|eq|equals|gt|gte|lt|lte|cmp|comparedTo|greaterThan|greaterThanOrEqualTo|lessThan|lessThanOrEqualTo|max|min)$/]:not([callee.object.name=/^(Math|String|Array)$/]) > Literal.arguments[raw=/^[-0-9.]/]',
    message: "Give Decimal arithmetic text, not a number literal: x.times('2').",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'The core reads no clock.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'The core reads no clock.',
  },
];

/** The modules that build errors: one per area, each code worded once (see src/errors.ts). */
const ERROR_BUILDERS = [
  'src/errors.ts',
  'src/commonErrors.ts',
  'src/**/*Errors.ts',
  'src/deal/scenario/scenarioError.ts',
];

/** Errors are built by their area's builder module, so that each code is worded once. */
const NEW_ERROR = {
  selector: "NewExpression[callee.name='DealCalcError']",
  message:
    'Build errors with the builders of their area (src/commonErrors.ts, src/*/…Errors.ts), or errorFrom(result.error).',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node/**', 'src/web/shell/**'],
    rules: {
      // The core is pure: no I/O, clock or environment outside the shells (src/cli, src/node, the page's shell).
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'os', 'child_process', 'process'] },
      ],
      'no-restricted-globals': ['error', 'process', 'console', 'fetch', 'document', 'window', 'localStorage'],
      'no-restricted-syntax': ['error', ...CORE_SYNTAX, NEW_ERROR],
    },
  },
  {
    // The error builders themselves (a later block wins): the core's syntax rules, errors allowed.
    files: ERROR_BUILDERS,
    rules: { 'no-restricted-syntax': ['error', ...CORE_SYNTAX] },
  },
  {
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts', 'src/web/shell/**/*.ts'],
    ignores: ERROR_BUILDERS,
    rules: { 'no-restricted-syntax': ['error', NEW_ERROR] },
  },
);
