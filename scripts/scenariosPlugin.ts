import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { BuildInputsApi } from './buildInputsPlugin.ts';
import { loadScenario } from '../src/engine/scenario/loadScenario.ts';
import { formatProblem } from '../src/engine/scenario/problem.ts';
import type { Scenario } from '../src/engine/scenario/scenarioSchema.ts';

const VIRTUAL_ID = 'virtual:galateo-scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Bundles scenarios/*.yaml into the game, validated at build time: a broken scenario fails the
 * build with its file:line:column. In `npm run dev` an edited scenario reloads the page.
 */
export function scenariosPlugin(folder = 'scenarios'): Plugin {
  let root = process.cwd();
  let readFiles: string[] = [];
  const read = () => {
    const dir = join(root, folder);
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort()
      .map((name) => ({ file: relative(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
    readFiles = files.map(({ file }) => join(root, file));
    return files;
  };
  const api: BuildInputsApi = { buildInputs: () => readFiles };
  return {
    name: 'galateo-scenarios',
    api,
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = read();
      const scenarios: Scenario[] = [];
      const problems: string[] = [];
      for (const { file, text } of files) {
        this.addWatchFile(join(root, file));
        const loaded = loadScenario(text, file);
        if (loaded.ok) scenarios.push(loaded.scenario);
        else problems.push(...loaded.problems.map(formatProblem));
      }
      if (problems.length > 0) this.error(`invalid scenario:\n${problems.join('\n')}`);
      // Validated here, so the game ships the checked data and neither a YAML parser nor a validator for it.
      return `export default ${JSON.stringify(scenarios)};`;
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(join(root, folder)) || !/\.ya?ml$/.test(file)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
