import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs of the browser build: when any is newer than dist/index.html, the game is rebuilt. */
const INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'src/game', 'src/engine', 'scenarios', 'scripts'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
}

export function buildIsStale(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestChange(join(root, input)) > builtAt);
}

/** Builds the game (sounds, then Vite) when the sources changed since the last build. */
export async function ensureBuilt(root: string, log: (line: string) => void): Promise<void> {
  if (!buildIsStale(root)) return;
  log('building the game...');
  await import('../../scripts/makeSounds.ts');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
  log('built.');
}
