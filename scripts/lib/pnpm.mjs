// The one place that decides how to run pnpm: the installed pnpm 10 when there is one, otherwise the pinned
// version fetched with npx, so every script works with only Node and npm (README's promise).
import { spawnSync } from 'node:child_process';

export const PNPM_VERSION = '10.34.9';

let cached;
/** argv prefix that runs pnpm, e.g. ['pnpm'] or ['npx', '--yes', 'pnpm@10.34.9']. */
export function pnpmCommand(env = process.env) {
  if (cached) return cached;
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  cached =
    probe.status === 0 && probe.stdout.trim().startsWith('10.')
      ? ['pnpm']
      : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  return cached;
}

/** Runs pnpm with `args`; returns the exit status (never throws on a non-zero exit). */
export function runPnpm(args, options = {}) {
  const [cmd, ...prefix] = pnpmCommand(options.env);
  const r = spawnSync(cmd, [...prefix, ...args], { stdio: 'inherit', ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
