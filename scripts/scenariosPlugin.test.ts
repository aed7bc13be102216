import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { scenariosPlugin } from './scenariosPlugin.ts';

/** Builds a one-line entry that imports the bundled scenarios, from a folder of YAML files. */
async function buildWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'galateo-plugin-'));
  mkdirSync(join(root, 'scenarios'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'scenarios', name), text);
  writeFileSync(join(root, 'entry.js'), "import scenarios from 'virtual:galateo-scenarios';\nconsole.log(scenarios.map((s) => s.id));\n");
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenariosPlugin()],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' } },
  });
}

const VALID = `id: tiny
locale: it
title: Piccolo
channel: live-chat
difficulty: 1
brief: Prova.
company: Aurora
agent: Giulia
customer: { name: Anna }
defaults:
  silence:
    - after: 10
      outcome: abandoned
states:
  waiting:
    on:
      - when: greeting
        outcome: resolved
`;

describe('scenariosPlugin', () => {
  it('bundles the validated scenarios', async () => {
    const output = await buildWith({ 'tiny.yaml': VALID });
    const [result] = Array.isArray(output) ? output : [output];
    const chunk = (result as { output: { code?: string }[] }).output[0]!;
    expect(chunk.code).toMatch(/id:\s*"tiny"|"id":\s*"tiny"/);
    expect(chunk.code).toContain('Piccolo');
  });

  it('fails the build with the file, line and column of a broken scenario', async () => {
    await expect(buildWith({ 'tiny.yaml': VALID, 'broken.yaml': VALID.replace('id: tiny', 'id: broken').replace('difficulty: 1', 'difficulty: 9') })).rejects.toThrow(
      /scenarios\/broken\.yaml:5:13: expected a value of at most 5/,
    );
  });
});
