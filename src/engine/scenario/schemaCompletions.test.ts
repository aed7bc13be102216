import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './scenarioJsonSchema.ts';
import { scoringRuleIds } from './schemaCompletions.ts';

const scoring = new URL('../scoring/', import.meta.url).pathname;
const sources = (folder: string): string[] =>
  readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? sources(path) : entry.endsWith('.ts') && !entry.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });

describe('the scoring rules as authors see them', () => {
  const ids = scoringRuleIds();

  it('lists every rule id the scorers write', () => {
    const written = new Set(sources(scoring).flatMap((source) => [...source.matchAll(/'((?:greeting|register|exhaustiveness|responseTime|closure)\.[a-z-]+)'/g)].map((match) => match[1]!)));
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('are all in the Italian authoring guide', () => {
    const guide = readFileSync(new URL('../../../docs/guida-autori.md', import.meta.url), 'utf8');
    expect(ids.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
  });

  it('are offered by the JSON Schema with the built-in intents and the avatars', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    expect(schema).toContain('"enum":["greeting","bare-presence"');
    expect(schema).toContain('"closure.goodbye"');
    expect(schema).toContain('"woman-older"');
  });
});
