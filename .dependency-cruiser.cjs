/**
 * Import cycles, checked by `npm run lint` (ESLint keeps the floors: see eslint.config.js).
 * dependency-cruiser reads TypeScript before compilation, so a cycle made only of
 * `import type` counts too: a type-only import still ties two modules together.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import one way: no chain of imports (types included) leads back to itself.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-vault-below-seed',
      severity: 'error',
      comment: 'The vault knows nothing of the sample vault: the composition root decides to seed.',
      from: { path: '^main/core/vault/' },
      to: { path: '^main/core/seed/' },
    },
    {
      name: 'core-store-below-domains',
      severity: 'error',
      comment: 'The metadata store is below the domains that it keeps (defaults included).',
      from: { path: '^main/core/store/' },
      to: { path: '^main/core/(domains|tags|refactor)/' },
    },
    {
      name: 'core-refactor-below-its-users',
      severity: 'error',
      comment:
        'The refactor engine owns its change types; domains and tags use it, not the reverse.',
      from: { path: '^main/core/refactor/' },
      to: { path: '^main/core/(domains|tags)/' },
    },
  ],
  options: {
    // `import type` counts: a cycle of types is a cycle of modules all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    // Only what the modules import, not the stylesheets they pull in.
    includeOnly: '^(main|renderer|shared|scripts|e2e|bin|testing)/',
  },
};
