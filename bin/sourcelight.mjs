#!/usr/bin/env node
// Runs the TypeScript sources directly: Node >= 22.18 strips types natively (erasable syntax only,
// enforced by tsconfig's erasableSyntaxOnly), so the CLI needs no separate build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `sourcelight: Node ${process.versions.node} is too old; run it through npm (npx sourcelight), which uses the project's Node 22, or install Node >= 22.18.\n`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
