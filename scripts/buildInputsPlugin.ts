import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { recordBuildInputs } from './buildInputs.ts';

/** What a plugin that reads files outside the module graph offers, so that they count as inputs. */
export interface BuildInputsApi {
  buildInputs?: () => readonly string[];
}

/** `folder` and every file and folder below it, for the copied-as-is public folder that no module imports. */
function treeBelow(folder: string, files: Set<string>, folders: Set<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  folders.add(folder);
  for (const entry of entries) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) treeBelow(path, files, folders);
    else files.add(path);
  }
}

/**
 * Records, after each production build, what the build read: the modules of the bundle, the files
 * other plugins say they read (their `api.buildInputs()`, e.g. the scenarios' YAML), the Vite config and its own imports, the HTML entry, the
 * public folder and the lockfile. `npm start` reads the record to decide whether to rebuild.
 */
export function buildInputsPlugin(extraInputs: readonly string[] = []): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'galateo-build-inputs',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const inputs = new Set<string>();
      const folders = new Set<string>();
      const add = (id: string) => {
        const path = id.split('?')[0]!;
        if (isAbsolute(path) && !path.includes('\0')) inputs.add(path);
      };
      for (const id of this.getModuleIds()) add(id);
      // Files that plugins read outside the module graph, such as the scenarios' YAML, and the
      // folders they listed to find them.
      for (const plugin of config.plugins) {
        for (const file of (plugin.api as BuildInputsApi | undefined)?.buildInputs?.() ?? []) {
          add(file);
          folders.add(dirname(file));
        }
      }
      if (config.configFile) add(config.configFile);
      for (const dependency of config.configFileDependencies) add(resolve(config.root, dependency));
      add(join(config.root, 'index.html'));
      add(join(config.root, 'package-lock.json'));
      for (const input of extraInputs) add(resolve(config.root, input));
      if (config.publicDir) treeBelow(config.publicDir, inputs, folders);
      recordBuildInputs(resolve(config.root, config.build.outDir), inputs, folders);
    },
  };
}
