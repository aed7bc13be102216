import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClassroomRefusal, type ClassroomApi } from '../classroom/classroomApi.ts';
import type { Outbox } from '../classroom/outbox.ts';
import { nextLocale, translator } from '../i18n/i18n.ts';
import { LivePlay } from '../play/livePlay.ts';
import { bundledScenarios, scenarioFor } from '../scenarios/scenarioCatalogue.ts';
import type { SoundBoard } from '../sound/soundBoard.ts';
import type { GameStore } from '../storage/gameStore.ts';
import type { ClassAttempt } from '../storage/records.ts';
import { ClassJoinScreen } from './ClassJoinScreen.tsx';
import { DebriefScreen } from './DebriefScreen.tsx';
import { HistoryScreen } from './HistoryScreen.tsx';
import { lazyScreen } from './lazyScreen.tsx';
import { PickerScreen } from './PickerScreen.tsx';
import { PlayScreen } from './PlayScreen.tsx';
import { ProfileScreen } from './ProfileScreen.tsx';
import { TitleScreen } from './TitleScreen.tsx';
import { gameContext, type GameContext, type Screen } from './gameContext.ts';

/** Services the App needs besides the store; main.tsx makes them, tests could fake them. */
export interface Services {
  store: GameStore;
  sound: SoundBoard;
  api: ClassroomApi;
  outbox: Outbox;
}

// Trainer and projector screens load on first use: most players never open them.
const CreateClassScreen = lazyScreen(() => import('./CreateClassScreen.tsx').then((module) => module.CreateClassScreen));
const TrainerScreen = lazyScreen(() => import('./TrainerScreen.tsx').then((module) => module.TrainerScreen));
const ProjectorScreen = lazyScreen(() => import('./ProjectorScreen.tsx').then((module) => module.ProjectorScreen));

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * Saves the chat after every event, files it in the history when it ends (a class chat then goes
 * to the outbox), and plays its sounds.
 */
function wire(play: LivePlay, { store, sound, outbox }: Services, title: string, classAttempt: ClassAttempt | undefined): LivePlay {
  play.onPersist((active) => void store.saveActive(classAttempt ? { ...active, classAttempt } : active));
  play.onCue((cue) => sound.play(cue));
  play.onFinish(async ({ log, report, wallStart }) => {
    const id = `${wallStart}-${log.seed}`;
    await store.recordSession({ id, source: play.source, title, wallStart, log, report });
    if (classAttempt) await outbox.enqueue(classAttempt, id, log);
  });
  return play;
}

/** Rebuilds the chat in progress after a reload, if there is one and its scenario still exists. */
export async function resumeActive(services: Services): Promise<Screen | undefined> {
  const active = services.store.active;
  if (!active) return undefined;
  const compiled = await scenarioFor(active.source);
  if (!compiled || compiled.version !== active.log.version) return undefined;
  const play = new LivePlay({ compiled, source: active.source, seed: active.log.seed, wallStart: active.wallStart, events: active.log.events });
  return { name: 'play', play: wire(play, services, compiled.scenario.title, active.classAttempt), title: compiled.scenario.title, resumed: true };
}

export function App({ services, renderer, initial, deepLink }: { services: Services; renderer: 'auto' | 'canvas'; initial: Screen; deepLink?: string | undefined }) {
  const { store, sound, api, outbox } = services;
  const [settings, setSettings] = useState(store.settings);
  const [screen, setScreen] = useState<Screen>(initial);
  const [storageError, setStorageError] = useState<string | null>(null);
  const t = useMemo(() => translator(settings.locale), [settings.locale]);

  useEffect(() => store.onError(setStorageError), [store]);
  useEffect(() => {
    sound.configure(settings);
    document.documentElement.lang = settings.locale;
  }, [settings, sound]);

  const context: GameContext = {
    store,
    sound,
    api,
    outbox,
    t,
    settings,
    updateSettings(next) {
      setSettings(next);
      void store.saveSettings(next);
    },
    go(next) {
      // A chat cannot be paused: leaving it closes it, so ask first.
      if (screen.name === 'play' && !screen.play.session.ended) {
        if (!window.confirm(t('play.leaveConfirm'))) return;
        screen.play.close();
      }
      if (screen.name === 'play') screen.play.stop();
      setScreen(next);
      window.scrollTo(0, 0);
    },
    startChat(compiled, source, options = {}) {
      const resumeAt = options.resumeAt ?? 0;
      const play = new LivePlay({ compiled, source, seed: options.seed ?? newSeed(), wallStart: Date.now() - resumeAt, events: options.events ?? [] });
      const { classAttempt } = options;
      wire(play, services, compiled.scenario.title, classAttempt);
      void store.saveActive({ source, log: structuredClone(play.session.log), wallStart: play.wallStart, ...(classAttempt ? { classAttempt } : {}) });
      setScreen({ name: 'play', play, title: compiled.scenario.title, resumed: false });
    },
    async startClassChat(compiled) {
      const membership = store.membership;
      if (!membership) return;
      const { code, rejoinToken: token } = membership;
      let attemptId = '';
      try {
        attemptId = (await api.startAttempt(code, token, compiled.scenario.id)).attemptId;
      } catch (error) {
        if (error instanceof ClassroomRefusal) throw error;
      }
      context.startChat(compiled, { kind: 'bundled', id: compiled.scenario.id }, { classAttempt: { code, attemptId, token } });
    },
  };

  // `?scenario=<id>` opens that scenario's chat straight away (links from a trainer, the benchmark).
  useEffect(() => {
    const compiled = deepLink && initial.name !== 'play' ? bundledScenarios().find((candidate) => candidate.scenario.id === deepLink) : undefined;
    if (compiled) context.startChat(compiled, { kind: 'bundled', id: compiled.scenario.id });
  }, []);

  // The projector is read from the back of a room: nothing but the leaderboard.
  if (screen.name === 'projector') {
    return (
      <gameContext.Provider value={context}>
        <main id="main" class="projector-main">
          <ProjectorScreen code={screen.code} top={screen.top} hideNames={screen.hideNames} />
        </main>
      </gameContext.Provider>
    );
  }

  return (
    <gameContext.Provider value={context}>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="top-bar">
        <span class="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <NavButton label={t('nav.play')} onClick={() => context.go({ name: 'picker' })} />
          <NavButton label={t('nav.class')} onClick={() => context.go({ name: 'class' })} />
          <NavButton label={t('nav.history')} onClick={() => context.go({ name: 'history' })} />
          <NavButton label={t('nav.profile')} onClick={() => context.go({ name: 'profile' })} />
          <button type="button" class="link" lang={nextLocale(settings.locale)} onClick={() => context.updateSettings({ ...settings, locale: nextLocale(settings.locale) })}>
            {t('nav.language')}
          </button>
        </nav>
      </header>
      {storageError && (
        <div class="banner" role="alert">
          <p>{t('storage.error', { reason: storageError })}</p>
          <button type="button" onClick={() => setStorageError(null)}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
      <main id="main">
        {screen.name === 'title' && <TitleScreen />}
        {screen.name === 'profile' && <ProfileScreen />}
        {screen.name === 'picker' && <PickerScreen />}
        {screen.name === 'play' && <PlayScreen key={screen.play.wallStart} play={screen.play} title={screen.title} resumed={screen.resumed} renderer={renderer} />}
        {screen.name === 'debrief' && <DebriefScreen record={screen.record} />}
        {screen.name === 'history' && <HistoryScreen />}
        {screen.name === 'class' && <ClassJoinScreen />}
        {screen.name === 'class-create' && <CreateClassScreen />}
        {screen.name === 'trainer' && <TrainerScreen classId={screen.classId} />}
      </main>
    </gameContext.Provider>
  );
}

function NavButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="link" onClick={onClick}>
      {label}
    </button>
  );
}
