import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What the last build read, recorded by the build itself (see buildInputsPlugin.ts): every file
 * it loaded, with its modification time, and the folders those files sit in, whose modification
 * time changes when a file is added, removed or renamed there. The game is stale when any of them
 * changed, so `npm start` never serves a build older than its sources, whatever the build imports.
 */
export interface BuildInputs {
  files: Record<string, number>;
  folders: Record<string, number>;
}

export const INPUTS_FILE = '.build-inputs.json';

const modified = (path: string): number | undefined => (existsSync(path) ? statSync(path).mtimeMs : undefined);

export function recordBuildInputs(outDir: string, paths: Iterable<string>): BuildInputs {
  const inputs: BuildInputs = { files: {}, folders: {} };
  for (const path of paths) {
    const file = modified(path);
    if (file === undefined) continue;
    inputs.files[path] = file;
    const folder = dirname(path);
    inputs.folders[folder] ??= modified(folder) ?? 0;
  }
  writeFileSync(join(outDir, INPUTS_FILE), JSON.stringify(inputs));
  return inputs;
}

/** Why the build in `outDir` is stale, or undefined when it is current. */
export function staleBecause(outDir: string): string | undefined {
  const manifest = join(outDir, INPUTS_FILE);
  if (!existsSync(manifest)) return 'there is no build yet';
  let inputs: BuildInputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')) as BuildInputs;
  } catch {
    return 'the last build left no readable record of its inputs';
  }
  for (const [path, time] of Object.entries(inputs.files ?? {})) if (modified(path) !== time) return `${path} changed`;
  for (const [path, time] of Object.entries(inputs.folders ?? {})) if (modified(path) !== time) return `a file was added or removed in ${path}`;
  return undefined;
}
