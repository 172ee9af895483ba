import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./testing/faulty-process.ts', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', fixture, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('the process guards', () => {
  it('without them, one uncaught error event ends the process (the failure they guard against)', () => {
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stdout).not.toContain('still alive');
  });

  it('with them, errors nobody caught are logged and the process keeps running', () => {
    const r = run('--guarded');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('still alive');
    expect(r.stderr).toContain('terminating connection (57P01)');
    expect(r.stderr).toContain('a plugin job nobody awaited');
    expect(r.stderr).toContain('a throw in a timer');
  });
});
