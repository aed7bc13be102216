import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { describeKillDuringBurst } from './killDuringBurst.suite.ts';

describe('a server killed during a burst of submissions, on PGlite', () =>
  describeKillDuringBurst(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galateo-burst-'));
    return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }));
