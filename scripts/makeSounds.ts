/**
 * Synthesises the game's sound effects from their recipes in assets/sounds/ into public/sounds/ as
 * WAV files (generated, so not in git): nothing is recorded or downloaded. The sounds are dedicated
 * to the public domain (CC0 1.0, assets/sounds/LICENSE.txt). Run by `npm run sounds` (and before
 * every build and dev server).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const RATE = 22050;

interface Note {
  /** Start and end frequency in Hz: a glide when they differ. */
  from: number;
  to?: number;
  start: number;
  duration: number;
  volume?: number;
  /** Adds odd harmonics for a brighter, more urgent timbre. */
  bright?: boolean;
}

function render(notes: Note[]): Float32Array {
  const length = Math.ceil(RATE * Math.max(...notes.map((note) => note.start + note.duration)) + RATE * 0.05);
  const samples = new Float32Array(length);
  for (const note of notes) {
    const first = Math.floor(note.start * RATE);
    const count = Math.floor(note.duration * RATE);
    let phase = 0;
    for (let i = 0; i < count; i++) {
      const t = i / count;
      const frequency = note.from + ((note.to ?? note.from) - note.from) * t;
      phase += (2 * Math.PI * frequency) / RATE;
      // Quick attack, exponential decay: no clicks at either end.
      const envelope = Math.min(1, i / (RATE * 0.005)) * Math.exp(-4 * t) * (1 - t);
      let value = Math.sin(phase);
      if (note.bright) value += Math.sin(3 * phase) / 3 + Math.sin(5 * phase) / 5;
      samples[first + i]! += value * envelope * (note.volume ?? 0.5);
    }
  }
  return samples;
}

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** The recipes: per sound, the notes it is made of (assets/sounds/recipes.json, the sounds' source). */
export const SOUNDS = JSON.parse(readFileSync(new URL('../assets/sounds/recipes.json', import.meta.url), 'utf8')) as Record<string, Note[]>;

const folder = new URL('../public/sounds/', import.meta.url);
/** Writes only what differs, so that making the sounds again does not make the game's build stale. */
function writeIfChanged(file: URL, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (existsSync(file) && Buffer.compare(readFileSync(file), bytes) === 0) return;
  writeFileSync(file, bytes);
}
mkdirSync(folder, { recursive: true });
for (const [name, notes] of Object.entries(SOUNDS)) writeIfChanged(new URL(`${name}.wav`, folder), wav(render(notes)));
writeIfChanged(new URL('LICENSE.txt', folder), readFileSync(new URL('../assets/sounds/LICENSE.txt', import.meta.url)));
console.log(`wrote ${Object.keys(SOUNDS).length} sounds to public/sounds/`);
