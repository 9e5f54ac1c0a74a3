import { defineConfig } from 'tsup';

// The library entry is built for both module systems; the CLI is ESM only (it is a bin).
// The embedded rules (reference data, tables, approvals) are inlined into the bundle.
// fp-ts and io-ts are bundled too: their subpath imports (`fp-ts/Either`) are directories that Node's ESM
// loader cannot resolve, so an ESM consumer could not load us otherwise. They stay dependencies for the types.
const bundled = [/^fp-ts/, /^io-ts/, '@gmod/vcf'];
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: bundled,
  },
]);
