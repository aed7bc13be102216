import { useEffect } from 'preact/hooks';
import { bundledScenarios } from '../scenarios/scenarioCatalog.ts';
import { BriefingScreen } from './BriefingScreen.tsx';
import { ClassJoinScreen } from './ClassJoinScreen.tsx';
import { DebriefScreen } from './DebriefScreen.tsx';
import type { GameContext, Screen } from './gameContext.ts';
import { HistoryScreen } from './HistoryScreen.tsx';
import { lazyScreen } from './lazyScreen.tsx';
import { PickerScreen } from './PickerScreen.tsx';
import { PlayScreen } from './PlayScreen.tsx';
import { ProfileScreen } from './ProfileScreen.tsx';
import { TitleScreen } from './TitleScreen.tsx';

// Trainer and projector screens load on first use: most players never open them.
const CreateClassScreen = lazyScreen(() => import('./CreateClassScreen.tsx').then((module) => module.CreateClassScreen));
const TrainerScreen = lazyScreen(() => import('./TrainerScreen.tsx').then((module) => module.TrainerScreen));
const ProjectorScreen = lazyScreen(() => import('./ProjectorScreen.tsx').then((module) => module.ProjectorScreen));
const StudioScreen = lazyScreen(() => import('../studio/StudioScreen.tsx').then((module) => module.StudioScreen));

/** The screen component for a screen state. */
export function ScreenRouter({ screen, renderer }: { screen: Screen; renderer: 'auto' | 'canvas' }) {
  switch (screen.name) {
    case 'title':
      return <TitleScreen />;
    case 'profile':
      return <ProfileScreen />;
    case 'picker':
      return <PickerScreen />;
    case 'briefing':
      return <BriefingScreen briefing={screen} />;
    case 'play':
      return <PlayScreen key={screen.play.wallStart} play={screen.play} title={screen.title} resumed={screen.resumed} renderer={renderer} />;
    case 'debrief':
      return <DebriefScreen record={screen.record} />;
    case 'history':
      return <HistoryScreen />;
    case 'class':
      return <ClassJoinScreen initialCode={screen.code} />;
    case 'class-create':
      return <CreateClassScreen />;
    case 'trainer':
      return <TrainerScreen classId={screen.classId} />;
    case 'projector':
      return <ProjectorScreen code={screen.code} top={screen.top} hideNames={screen.hideNames} />;
    case 'studio':
      return <StudioScreen />;
  }
}

/** `?scenario=<id>` opens that scenario's brief straight away (links from a trainer, the benchmark), unless a chat was resumed. */
export function useScenarioLink(context: GameContext, initial: Screen, deepLink: string | undefined): void {
  useEffect(() => {
    const compiled = deepLink && initial.name !== 'play' ? bundledScenarios().find((candidate) => candidate.scenario.id === deepLink) : undefined;
    if (compiled) void context.startChat(compiled, { kind: 'bundled', id: compiled.scenario.id });
  }, []);
}
