import type { ComponentType } from 'preact';
import type { StudioLocale, StudioPartProps } from './studioPart.ts';

/** The tabs beside the forms, each drawn by a part built in its own folder. */
export type PartTab = 'graph' | 'text' | 'playtest' | 'tests';

export interface StudioPart {
  tab: PartTab;
  /** Loads the part on first use: its code (CodeMirror, dagre…) stays out of the shell's chunk. */
  load(): Promise<ComponentType<StudioPartProps>>;
}

/**
 * The parts the shell renders, one line each. A tab with no part is not shown, except the text tab,
 * which falls back to a plain text box.
 */
export const STUDIO_PARTS: readonly StudioPart[] = [
  { tab: 'graph', load: () => import('./graph/StateGraph.tsx').then((module) => module.StateGraph) },
  { tab: 'text', load: () => import('./yamlEditor/YamlEditor.tsx').then((module) => module.YamlEditor) },
  { tab: 'playtest', load: () => import('./playtest/Playtest.tsx').then((module) => module.Playtest) },
  { tab: 'tests', load: () => import('./tests/TestsPanel.tsx').then((module) => module.TestsPanel) },
];

/** What the publish part takes (contract 5 of the studio plan). */
export interface PublishProps {
  text: string;
  file: string;
  locale: StudioLocale;
}

/** The publish-to-a-class part, shown in the save area. */
export const PUBLISH_PART: () => Promise<ComponentType<PublishProps>> = () => import('./publish/PublishToClass.tsx').then((module) => module.PublishToClass);

export const partFor = (tab: PartTab) => STUDIO_PARTS.find((part) => part.tab === tab);
