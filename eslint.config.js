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

/** What every renderer file may not import, plus the floors above its own (`floors`). */
const rendererImports = (/** @type {{group: string[], message: string}[]} */ floors) =>
  noImports(
    [
      { group: ['**/main/**'], message: 'renderer/ must not import main/: use the API client.' },
      { group: ['electron', 'electron/*'], message: 'renderer/ must not import electron.' },
      ...floors,
    ],
    nodeBuiltins.map((name) => ({ name, message: 'renderer/ is sandboxed: no Node built-ins.' })),
  );
const shellImports = {
  group: ['**/app', '**/app/**'],
  message:
    'renderer/app/ is the shell: features and the floors below never import it. Take a type from services/extensionPoints.ts, or a value as a prop from the registry.',
};
const featureImports = {
  group: ['**/features', '**/features/**'],
  message:
    'Only the shell and other features import a feature: move what is shared down to services/, state/ or ui/.',
};
const serviceImports = {
  group: ['**/services', '**/services/**'],
  message: 'state/, ui/, api/ and i18n/ are below services/: pass the value in instead.',
};

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
    files: ['bin/**/*.cjs', '.dependency-cruiser.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The HTML edition's page script runs in the reader's browser, after lunr's own runtime.
    files: ['main/core/packs/html/editionRuntime.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { document: 'readonly', window: 'readonly', location: 'readonly', lunr: 'readonly' },
    },
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
    files: ['renderer/**/*.{ts,tsx}', 'testing/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...rendererImports([]) },
  },
  // The renderer's floors, each importing only the floors below it (README, "Architecture"):
  //   app/       the shell: composition root and the registries that list contributions
  //   features/  one folder per feature; features may use each other, never the shell
  //   services/  what features share: navigation, routes, toasts, UI state, commands, dates,
  //              recent notes, the domain list, the types of the extension points
  //   state/ ui/ api/ i18n/  the vault's state, generic widgets, the API client
  //   shared/    (outside renderer/) pure rules used by main, renderer and CLI alike
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: rendererImports([shellImports]),
  },
  {
    files: ['renderer/services/**/*.{ts,tsx}', 'testing/renderer/**/*.{ts,tsx}'],
    rules: rendererImports([shellImports, featureImports]),
  },
  {
    files: ['renderer/{state,ui,api,i18n}/**/*.{ts,tsx}'],
    rules: rendererImports([shellImports, featureImports, serviceImports]),
  },
  {
    // Main-side logic is plain Node; only the glue folder main/electron/ may import electron.
    // lunr 2.3.9 has a TokenSet bug (lunr#314) that main/core/search/lunrPatched.ts fixes when
    // it loads: lunr is imported there and nowhere else.
    files: ['main/**/*.ts', 'testing/core/**/*.ts'],
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
