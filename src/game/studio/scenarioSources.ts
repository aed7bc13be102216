import type { StudioLocale } from './studioPart.ts';

// The texts load on demand, each its own small chunk of the studio's: never in the trainee's bundle.
const bundledTexts = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
const templateTexts = import.meta.glob<string>('./templates/template.*.yaml', { query: '?raw', import: 'default' });

/** A scenario bundled with the game, which the studio opens as a copy. */
export interface BundledSource {
  /** `rc-auto-renewal.yaml` */
  file: string;
  load(): Promise<string>;
}

export function bundledSources(): BundledSource[] {
  return Object.entries(bundledTexts)
    .map(([path, load]) => ({ file: path.slice(path.lastIndexOf('/') + 1), load }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The commented template for a new scenario whose customer speaks `locale`. */
export function loadTemplate(locale: StudioLocale): Promise<string> {
  const load = templateTexts[`./templates/template.${locale}.yaml`];
  if (!load) throw new Error(`no template for ${locale}`);
  return load();
}
