import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The engine runs unchanged in the browser, the CLI and the server: no DOM, Phaser or Node-only modules. */
const root = new URL('.', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return entry.endsWith('.ts') && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  const files = sourceFiles(root);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [file.slice(root.length), file]))('%s imports nothing from Node, the DOM, Phaser or an upper layer', (_, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
    for (const specifier of imports) {
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^node:|^(fs|path|os|child_process|process|url|util|crypto)$|phaser|howler|localforage|fastify/);
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/\/(game|server|cli)\//);
    }
    expect(source).not.toMatch(/\b(document|window|localStorage|process)\.\w/);
  });
});
