// @ts-check
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'buffer', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.cache/'] },
  // Type-aware: the rules see what the compiler sees (floating promises, unsafe any, needless conditions, non-null assertions).
  ...tseslint.configs.strictTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    rules: {
      // Counts in Dutch sentences are numbers; everything else in a template must already be text.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `if (!result.ok) return notify(message)`: the early return that says what went wrong is this codebase's idiom.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Methods of async interfaces (a driver, a door's callbacks) are `async` without awaiting, so a throw is a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Scripts outside the TypeScript projects (build scripts, configs) keep the untyped rules.
  { files: ['**/*.js', '**/*.mjs', 'renderer/vite.config.ts'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // In a test a missing value fails the test either way: `rows[0]!` reads better than a guard.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // One clock (shared/dates/clock.ts): "now" is handed down, so tests fix it and the suite passes on any date.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['shared/dates/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take "now" from a Clock (shared/dates/clock.ts), not from the machine.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take "now" from a Clock (shared/dates/clock.ts); for durations use performance.now().' },
      ],
    },
  },
  {
    // shared/ runs in the main process, the renderer and the CLI alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ must not import Node modules: it also runs in the renderer.' },
            { group: ['electron', 'sqlite3', 'kysely', 'react', 'react-dom'], message: 'shared/ holds pure logic only: no runtime-specific libraries (headless cytoscape is fine).' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on electron/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
  {
    // The renderer talks to the main process through the typed API only.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ must not import electron/: use the typed API client.' },
            { group: ['electron', 'sqlite3', 'kysely', ...nodeBuiltins], message: 'renderer/ runs in a sandboxed browser context.' },
          ],
        },
      ],
    },
  },
  {
    files: ['build/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
