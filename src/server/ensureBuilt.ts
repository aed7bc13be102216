import { join } from 'node:path';
import { staleBecause } from '../../scripts/buildInputs.ts';

/**
 * Builds the game (sounds, then Vite) when anything the last build read has changed since, as the
 * build itself recorded it (scripts/buildInputsPlugin.ts), or when there is no build yet.
 */
export async function ensureBuilt(root: string, log: (line: string) => void): Promise<void> {
  const reason = staleBecause(join(root, 'dist'));
  if (reason === undefined) return;
  log(`building the game (${reason.replace(`${root}/`, '')})...`);
  await import('../../scripts/makeSounds.ts');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
  log('built.');
}
