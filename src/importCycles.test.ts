import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No module of src/ reaches itself through its imports: a cycle ties layers together (a screen
 * that imports the App that renders it) and makes load order fragile. Type-only statements
 * (`import type`, `export type`) are erased before anything runs, so, as in eslint-plugin-import's
 * no-cycle, they are not edges: the report schema's types may name the scorers' and back.
 */
const root = new URL('.', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** The relative modules a source loads when it runs: imports and re-exports, static and dynamic. */
function runtimeSpecifiers(source: string): string[] {
  const specifiers = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'";]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;
  return [...source.matchAll(specifiers)].map((match) => (match[1] ?? match[2])!);
}

/** Each file's runtime imports, resolved to files of src/. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = runtimeSpecifiers(readFileSync(file, 'utf8'))
        .map((specifier) => resolve(dirname(file), specifier))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('follows imports, re-exports and dynamic imports, not type-only statements', () => {
    const source = [
      "import { a } from './a.ts';",
      "import { b, type B } from './b.ts';",
      "import type { C } from './c.ts';",
      "export type { D } from './d.ts';",
      "export { e } from './e.ts';",
      "const f = () => import('./f.ts');",
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual(['./a.ts', './b.ts', './e.ts', './f.ts']);
  });

  it('has none in src/', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(100);
    const cycles = importCycles(importGraph(files)).map((cycle) => cycle.map((file) => relative(root, file)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
