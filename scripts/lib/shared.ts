// The checks that read ../shared (the corpus, the seed article) cannot run without it. Outside CI
// that is normal (a fresh clone has no shared folder): one line and exit 0. Under CI (CI=true, as
// .ci/run sets it) a check that checked nothing must not show green: it fails, loudly.

/** CI sets CI=true (as .ci/run does); "false", "0" or empty mean not CI. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
}

/**
 * Says that `what` is missing and returns the exit code: 1 under CI (to stderr), 0 otherwise
 * (to stdout, one line).
 */
export function missingShared(tool: string, what: string, hint: string): number {
  if (isCi()) {
    process.stderr.write(`${tool}: FAILED: missing ${what}; under CI a check that checks nothing fails (${hint}).\n`);
    return 1;
  }
  process.stdout.write(`${tool}: ${what} not found; nothing checked (${hint}).\n`);
  return 0;
}
