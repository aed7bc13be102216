import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine's clients reach it only through its public entry, index.ts: what is not exported
 * there can change without breaking them. Types count too (`import type`, `import('…').T`), and
 * tests are held to it like the code they test, with one exception: a test may use testSupport.ts,
 * the engine's own test fixtures (a scenario written inline, compiled), which is no part of its
 * surface and so stays out of index.ts, and out of every bundle.
 */
const engine = new URL('.', import.meta.url).pathname;
const src = resolve(engine, '..');
const repo = resolve(src, '..');
const entry = join(engine, 'index.ts');
const testSupport = join(engine, 'testSupport.ts');
/** The folders of src/ held to it. */
const clients = ['game', 'cli'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a source names: imports and re-exports (type-only too), side-effect imports, dynamic imports and import types. */
function specifiers(source: string): string[] {
  const named = /\bfrom\s*'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g;
  return [...source.matchAll(named)].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

/** The imports of a file that land inside the engine other than on its entry, as `file: specifier`. */
function deepImports(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.'))
    .filter((specifier) => {
      const target = resolve(dirname(file), specifier);
      const inEngine = `${target}/`.startsWith(engine);
      const allowed = target === entry || (target === testSupport && /\.test\.tsx?$/.test(file));
      return inEngine && !allowed;
    })
    .map((specifier) => `${relative(repo, file)}: ${specifier}`);
}

describe('engine public entry', () => {
  it('finds imports of every form', () => {
    const source = [
      "import { a } from '../engine/a.ts';",
      "import type { B } from '../engine/b.ts';",
      "export { c } from '../engine/c.ts';",
      "export type { D } from '../engine/d.ts';",
      "import '../engine/e.ts';",
      "const f = () => import('../engine/f.ts');",
      "type G = import('../engine/g.ts').G;",
    ].join('\n');
    expect(specifiers(source)).toEqual(['../engine/a.ts', '../engine/b.ts', '../engine/c.ts', '../engine/d.ts', '../engine/e.ts', '../engine/f.ts', '../engine/g.ts']);
  });

  it.each(clients)('is the only way src/%s reaches the engine', (client) => {
    const files = sourceFiles(join(src, client));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(deepImports)).toEqual([]);
  });
});
