import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the last build read, recorded by the build itself (see buildInputsPlugin.ts): every file
 * it loaded, with its modification time, and the folders it listed, whose modification time
 * changes when a file is added, removed or renamed there. The game is stale when any of them
 * changed, so `npm start` never serves a build older than its sources, whatever the build imports.
 */
export interface BuildInputs {
  files: Record<string, number>;
  folders: Record<string, number>;
}

export const INPUTS_FILE = '.build-inputs.json';

const modified = (path: string): number | undefined => (existsSync(path) ? statSync(path).mtimeMs : undefined);

/**
 * Records `files`, and `folders` whose listing the build read (a plugin that reads every YAML file
 * of a folder, the public folder): an import of a new module edits a recorded file anyway.
 */
export function recordBuildInputs(outDir: string, files: Iterable<string>, folders: Iterable<string> = []): BuildInputs {
  const inputs: BuildInputs = { files: {}, folders: {} };
  for (const path of files) {
    const time = modified(path);
    if (time !== undefined) inputs.files[path] = time;
  }
  for (const path of folders) {
    const time = modified(path);
    if (time !== undefined) inputs.folders[path] = time;
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
