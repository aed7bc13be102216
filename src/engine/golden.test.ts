import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compileScenario.ts';
import { loadScenario } from './scenario/loadScenario.ts';
import { scoreSession } from './scoring/scoreSession.ts';
import { loadReplies } from './session/loadReplies.ts';
import { replayReplies } from './session/replay.ts';

/**
 * Golden conversations: a scenario and a replies file give exactly the stored report. A change in
 * understanding or scoring shows up here as a diff to review (update with `npx vitest -u`).
 */
const CASES = [
  { scenario: 'rc-auto-renewal', replies: 'rc-auto-renewal.strong' },
  { scenario: 'rc-auto-renewal', replies: 'rc-auto-renewal.seed-000' },
];

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('golden conversations', () => {
  for (const { scenario, replies } of CASES) {
    it(`${replies} gives the stored report`, async () => {
      const loaded = loadScenario(read(`../../scenarios/${scenario}.yaml`), `${scenario}.yaml`);
      const parsed = loadReplies(read(`golden/${replies}.replies.json`), `${replies}.replies.json`);
      if (!loaded.ok || !parsed.ok) throw new Error('golden inputs must be valid');
      const report = scoreSession(replayReplies(compileScenario(loaded.scenario), parsed.replies, 1));
      await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`golden/${replies}.report.json`);
    });
  }
});
