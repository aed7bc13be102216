import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClassroomRefusal } from '../classroom/classroomApi.ts';
import { translator } from '../i18n/i18n.ts';
import { openLivePlay } from '../play/livePlay.ts';
import type { GameContext, Screen, Services } from './gameContext.ts';
import { saveOpenedChat, useSavedSettings, wirePlay } from './persistence.ts';

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * The screen shown and what screens may ask for (another screen, a chat, new settings): the value
 * behind `useGame()`, built afresh on every render like any props.
 */
export function useGameController(services: Services, initial: Screen): { screen: Screen; context: GameContext; startError: string | null; dismissStartError: () => void } {
  const { store, sound, api, outbox } = services;
  const [settings, updateSettings] = useSavedSettings(store);
  const [screen, setScreen] = useState<Screen>(initial);
  // A chat that could not open (its language pack did not load): said until dismissed, tried again on the next start.
  const [startError, setStartError] = useState<string | null>(null);
  const t = useMemo(() => translator(settings.locale), [settings.locale]);

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
    updateSettings,
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
    async startChat(compiled, source, options = {}) {
      if (!options.briefed && (options.events ?? []).length === 0) {
        context.go({ name: 'briefing', compiled, source, options, forClass: false });
        return;
      }
      const resumeAt = options.resumeAt ?? 0;
      let play;
      try {
        play = await openLivePlay({ compiled, source, seed: options.seed ?? newSeed(), events: options.events ?? [] }, () => Date.now() - resumeAt);
      } catch (error) {
        setStartError(t('play.packError', { reason: error instanceof Error ? error.message : String(error) }));
        return;
      }
      setStartError(null);
      const { classAttempt } = options;
      wirePlay(play, services, compiled.scenario.title, classAttempt);
      saveOpenedChat(store, play, source, classAttempt);
      setScreen({ name: 'play', play, title: compiled.scenario.title, resumed: false });
    },
    async startClassChat(compiled) {
      if (!store.membership) return;
      context.go({ name: 'briefing', compiled, source: { kind: 'bundled', id: compiled.scenario.id }, options: {}, forClass: true });
    },
    async openBriefedChat({ compiled, source, options, forClass }) {
      const membership = store.membership;
      if (!forClass || !membership) {
        await context.startChat(compiled, source, { ...options, briefed: true });
        return;
      }
      const { code, rejoinToken: token } = membership;
      let attemptId = '';
      try {
        attemptId = (await api.startAttempt(code, token, compiled.scenario.id)).attemptId;
      } catch (error) {
        if (error instanceof ClassroomRefusal) throw error;
      }
      await context.startChat(compiled, source, { ...options, briefed: true, classAttempt: { code, attemptId, token } });
    },
  };
  return { screen, context, startError, dismissStartError: () => setStartError(null) };
}
