import { useEffect, useState } from 'preact/hooks';
import { openLivePlay, type LivePlay } from '../play/livePlay.ts';
import { scenarioFor } from '../scenarios/scenarioCatalog.ts';
import type { GameStore } from '../storage/gameStore.ts';
import type { ClassAttempt, ScenarioSource, Settings } from '../storage/records.ts';
import type { Screen, Services } from './gameContext.ts';

/** The saved settings: a change shows at once and is saved in the background. */
export function useSavedSettings(store: GameStore): [Settings, (next: Settings) => void] {
  const [settings, setSettings] = useState(store.settings);
  const update = (next: Settings) => {
    setSettings(next);
    void store.saveSettings(next);
  };
  return [settings, update];
}

/** The last thing the store failed to save or load, until the player dismisses it. */
export function useStorageError(store: GameStore): [string | null, () => void] {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => store.onError(setError), [store]);
  return [error, () => setError(null)];
}

/**
 * Saves the chat after every event, files it in the history when it ends (a class chat then goes
 * to the outbox), and plays its sounds.
 */
export function wirePlay(play: LivePlay, { store, sound, outbox }: Services, title: string, classAttempt: ClassAttempt | undefined): LivePlay {
  play.onPersist((active) => void store.saveActive(classAttempt ? { ...active, classAttempt } : active));
  play.onCue((cue) => sound.play(cue));
  play.onFinish(async ({ log, report, wallStart }) => {
    const id = `${wallStart}-${log.seed}`;
    await store.recordSession({ id, source: play.source, title, wallStart, log, report });
    if (classAttempt) await outbox.enqueue(classAttempt, id, log);
  });
  return play;
}

/** Saves a chat as the active one the moment it opens, so a reload before its first event still finds it. */
export function saveOpenedChat(store: GameStore, play: LivePlay, source: ScenarioSource, classAttempt: ClassAttempt | undefined): void {
  void store.saveActive({ source, log: structuredClone(play.session.log), wallStart: play.wallStart, ...(classAttempt ? { classAttempt } : {}) });
}

/** Rebuilds the chat in progress after a reload, if there is one and its scenario still exists. */
export async function resumeActive(services: Services): Promise<Screen | undefined> {
  const active = services.store.active;
  if (!active) return undefined;
  const compiled = await scenarioFor(active.source);
  if (!compiled || compiled.version !== active.log.version) return undefined;
  const play = await openLivePlay({ compiled, source: active.source, seed: active.log.seed, events: active.log.events }, () => active.wallStart);
  return { name: 'play', play: wirePlay(play, services, compiled.scenario.title, active.classAttempt), title: compiled.scenario.title, resumed: true };
}

/** The debrief that was on screen before a reload, if its session is still in the history. */
export function reopenDebrief(store: GameStore): Screen | undefined {
  const record = store.history.find((candidate) => candidate.id === store.openRecord);
  return record && { name: 'debrief', record };
}
