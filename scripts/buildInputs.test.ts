import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUTS_FILE, recordBuildInputs, staleBecause } from './buildInputs.ts';
import { buildInputsPlugin } from './buildInputsPlugin.ts';

const folders: string[] = [];
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'galateo-inputs-'));
  folders.push(path);
  return path;
}
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
});

/** Moves a file's modification time, as an edit would, without waiting for the clock. */
const touch = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('the record of what a build read', () => {
  it('says the build is current until an input changes, a file is added to a listed folder, or an input goes missing', () => {
    const root = folder();
    const out = join(root, 'dist');
    mkdirSync(out);
    const source = join(root, 'main.ts');
    writeFileSync(source, 'export {}');
    expect(staleBecause(out)).toBe('there is no build yet');

    recordBuildInputs(out, [source]);
    expect(staleBecause(out)).toBeUndefined();
    touch(source, 1_000_000);
    expect(staleBecause(out)).toBe(`${source} changed`);

    recordBuildInputs(out, [source], [root]);
    writeFileSync(join(root, 'new.yaml'), 'id: new');
    touch(root, 2_000_000);
    expect(staleBecause(out)).toBe(`a file was added or removed in ${root}`);

    recordBuildInputs(out, [source]);
    rmSync(source);
    expect(staleBecause(out)).toBe(`${source} changed`);
  });

  it('is written by a real Vite build with every module it bundled, however deep the import', async () => {
    const root = folder();
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/src/main.ts"></script>');
    writeFileSync(join(root, 'src', 'main.ts'), "import { word } from './deep/word.ts';\ndocument.title = word;\n");
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word = 'Galateo';\n");
    writeFileSync(join(root, 'src', 'unused.ts'), "export const unused = 'not bundled';\n");
    await build({ root, configFile: false, logLevel: 'silent', plugins: [buildInputsPlugin()], build: { outDir: join(root, 'dist') } });

    const out = join(root, 'dist');
    expect(staleBecause(out)).toBeUndefined();
    const recorded = Object.keys((JSON.parse(readFileSync(join(out, INPUTS_FILE), 'utf8')) as { files: Record<string, number> }).files);
    expect(recorded).toEqual(expect.arrayContaining([join(root, 'index.html'), join(root, 'src', 'main.ts'), join(root, 'src', 'deep', 'word.ts')]));
    expect(recorded).not.toContain(join(root, 'src', 'unused.ts'));

    // A new file nothing imports yet leaves the build current; an edit to a bundled module does not.
    writeFileSync(join(root, 'src', 'deep', 'later.ts'), 'export const later = 1;\n');
    touch(join(root, 'src', 'deep'), 3_000_000);
    expect(staleBecause(out)).toBeUndefined();
    touch(join(root, 'src', 'deep', 'word.ts'), 1_000_000);
    expect(staleBecause(out)).toBe(`${join(root, 'src', 'deep', 'word.ts')} changed`);
  });
});
