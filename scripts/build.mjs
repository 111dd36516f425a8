// Bundles the extension, the language server and the CLI with esbuild (~1 s).
// unified/remark are ESM-only; bundling turns everything into CommonJS for VS Code.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

// Some dependencies' ESM builds read import.meta.url, which CommonJS lacks: provide it.
const importMeta = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none',
  define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: importMeta },
  // Prefer ES modules: some packages' UMD builds (jsonc-parser) hide their requires from the bundler.
  mainFields: ['module', 'main'],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMeta}` } }),
]);
chmodSync('dist/cli.js', 0o755);
console.log('built dist/extension.js, dist/server.js, dist/cli.js');
