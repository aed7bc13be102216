import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Creates the folder (and its parents) when missing, and makes it this user's alone (0700). */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Folders 0700 and files 0600 throughout the tree. PGlite writes its files 0666 whatever the
 * umask; with the top folder 0700 nobody else can reach them, and this closes them too.
 */
export function restrictTree(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
