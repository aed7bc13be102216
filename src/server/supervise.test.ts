import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSupervisedServer, type SupervisedServer } from './testing/supervisedServer.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the supervisor', () => {
  let server: SupervisedServer | undefined;
  let dataDir: string | undefined;
  const start = async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'galateo-supervised-'));
    server = await startSupervisedServer({ DATA_DIR: dataDir });
    return server;
  };
  afterEach(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    server = dataDir = undefined;
  });

  it('starts the server again after it is killed with SIGKILL, and stops it cleanly on SIGTERM', async () => {
    const supervised = await start();
    const first = await supervised.serving(1);
    expect(await supervised.request('GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });

    process.kill(first, 'SIGKILL');
    const second = await supervised.serving(2);
    expect(second).not.toBe(first);
    expect(await supervised.request('GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
    expect(supervised.errors()).toContain('galateo: the server stopped (signal SIGKILL); restarting in 0.5 s');

    expect(await supervised.stop()).toBe(0);
    expect(alive(second)).toBe(false);
  });

  it('exits with the server when the server stops cleanly', async () => {
    const supervised = await start();
    process.kill(await supervised.serving(1), 'SIGTERM');
    expect(await supervised.exited).toBe(0);
    expect(supervised.errors()).not.toContain('restarting');
  });
});
