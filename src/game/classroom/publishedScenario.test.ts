import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassScenario } from '../../classroom/contract.ts';
import { compileScenario, loadScenario } from '../../engine/index.ts';
import { openPublished, PublishedMismatch } from './publishedScenario.ts';

const text = readFileSync(new URL('../../../scenarios/rc-auto-renewal.yaml', import.meta.url), 'utf8').replace(/^id: .*$/m, 'id: aziendale');
const loaded = loadScenario(text);
if (!loaded.ok) throw new Error('the scenario does not load');
const version = compileScenario(loaded.scenario).version;
const hash = 'a'.repeat(64);
const membership = { code: 'ABC234', traineeId: 't', nickname: 'Chiara', rejoinToken: 'secret' };
const entry = (listed: string) =>
  ({ id: 'aziendale', version: listed, title: 'x', channel: 'live-chat', difficulty: 2, brief: 'x', locale: 'it', published: { hash, revision: 1, publishedAt: '' } }) satisfies ClassScenario;

describe('a published scenario in the browser', () => {
  it('is fetched with the trainee token and compiled as a local file, to the version the class lists', async () => {
    const asked: string[] = [];
    const api = {
      scenarioText: async (code: string, token: string, wanted: string) => {
        asked.push(`${code} ${token} ${wanted}`);
        return { id: 'aziendale', hash, file: 'aziendale.yaml', text };
      },
    };
    const opened = await openPublished(api, membership, entry(version));
    expect(opened.compiled.scenario.id).toBe('aziendale');
    expect(opened.compiled.version).toBe(version);
    expect(opened.published).toEqual({ hash, file: 'aziendale.yaml', text });
    expect(asked).toEqual([`ABC234 secret ${hash}`]);
  });

  it('is refused when it compiles to another version than the server scores', async () => {
    const api = { scenarioText: async () => ({ id: 'aziendale', hash, file: 'aziendale.yaml', text }) };
    await expect(openPublished(api, membership, entry('0000000000000000'))).rejects.toBeInstanceOf(PublishedMismatch);
  });
});
