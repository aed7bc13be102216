import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClassroomRefusal } from '../classroom/classroomApi.ts';
import { translator } from '../i18n/i18n.ts';
import { openLivePlay } from '../play/livePlay.ts';
import { useConfirmation, type Pending } from './ConfirmDialog.tsx';
import type { GameContext, Screen, Services } from './gameContext.ts';
import { saveOpenedChat, useSavedSettings, wirePlay } from './persistence.ts';

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * The screen shown and what screens may ask for (another screen, a chat, new settings): the value
 * behind `useGame()`, built afresh on every render like any props.
 */
export function useGameController(services: Services, initial: Screen): { screen: Screen; context: GameContext; question: Pending | null; startError: string | null; dismissStartError: () => void } {
  const { store, sound, api, outbox } = services;
  const [settings, updateSettings] = useSavedSettings(store);
  const [screen, setScreen] = useState<Screen>(initial);
  // A chat that could not open (its language pack did not load): said until dismissed, tried again on the next start.
  const [startError, setStartError] = useState<string | null>(null);
  const t = useMemo(() => translator(settings.locale), [settings.locale]);
  const { ask, pending: question } = useConfirmation();

  // The debrief on screen is kept, so that a reload shows it again (reopenDebrief); any other screen forgets it.
  useEffect(() => {
    const open = screen.name === 'debrief' ? screen.record.id : null;
    if (store.openRecord !== open) void store.saveOpenRecord(open);
  }, [screen, store]);

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
    confirm: ask,
    go(next) {
      const show = () => {
        if (screen.name === 'play') screen.play.stop();
        setScreen(next);
        window.scrollTo(0, 0);
      };
      if (screen.name !== 'play' || screen.play.session.ended) return show();
      // A chat cannot be paused: leaving it closes it, so ask first.
      const { play } = screen;
      void ask({ heading: t('play.leaveHeading'), text: t('play.leaveConfirm'), confirm: t('play.leaveYes'), cancel: t('play.leaveNo') }).then((leave) => {
        if (!leave) return;
        play.close(); // nothing to close if the customer left while the question was open
        show();
      });
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
    async startClassChat(compiled, published) {
      if (!store.membership) return;
      // A published text travels with the chat, as a local file's does, so a reload can replay it.
      if (published) context.go({ name: 'briefing', compiled, source: { kind: 'local', file: published.file, text: published.text }, options: { publishedHash: published.hash }, forClass: true });
      else context.go({ name: 'briefing', compiled, source: { kind: 'bundled', id: compiled.scenario.id }, options: {}, forClass: true });
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
        attemptId = (await api.startAttempt(code, token, compiled.scenario.id, options.publishedHash)).attemptId;
      } catch (error) {
        if (error instanceof ClassroomRefusal) throw error;
      }
      await context.startChat(compiled, source, { ...options, briefed: true, classAttempt: { code, attemptId, token } });
    },
  };
  return { screen, context, question, startError, dismissStartError: () => setStartError(null) };
}
