// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

// Node built-ins in both spellings: `fs` and `node:fs`.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Import boundaries that keep the architecture honest (see DESIGN.md, "System shape"). */
const noImports = (/** @type {{group: string[], message: string}[]} */ patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['bin/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ is pure TypeScript used on both sides: no Node, no Electron, neither side's code.
    files: ['shared/**/*.ts'],
    rules: noImports(
      [
        {
          group: ['**/main/**', '**/renderer/**'],
          message: 'shared/ must not import main/ or renderer/.',
        },
        { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
      ],
      nodeBuiltins.map((name) => ({
        name,
        message: 'shared/ runs in the renderer too: no Node built-ins.',
      })),
    ),
  },
  {
    // The renderer is sandboxed web content: it talks to main only through the API client.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImports(
        [
          {
            group: ['**/main/**'],
            message: 'renderer/ must not import main/: use the API client.',
          },
          { group: ['electron', 'electron/*'], message: 'renderer/ must not import electron.' },
        ],
        nodeBuiltins.map((name) => ({
          name,
          message: 'renderer/ is sandboxed: no Node built-ins.',
        })),
      ),
    },
  },
  {
    // Main-side logic is plain Node; only the glue folder main/electron/ may import electron.
    // lunr 2.3.9 has a TokenSet bug (lunr#314) that main/core/search/lunrPatched.ts fixes when
    // it loads: lunr is imported there and nowhere else.
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: noImports(
      [
        { group: ['electron', 'electron/*'], message: 'Only main/electron/ may import electron.' },
        { group: ['**/renderer/**'], message: 'main/ must not import renderer/.' },
      ],
      [
        {
          name: 'lunr',
          message: 'Import lunr from main/core/search/lunrPatched.ts (it fixes lunr#314).',
        },
      ],
    ),
  },
  {
    files: ['main/core/search/lunrPatched.ts'],
    rules: noImports([
      { group: ['electron', 'electron/*'], message: 'Only main/electron/ may import electron.' },
      { group: ['**/renderer/**'], message: 'main/ must not import renderer/.' },
    ]),
  },
  prettier,
);
