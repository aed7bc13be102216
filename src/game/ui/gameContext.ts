import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompiledScenario, SessionEvent } from '../../engine/index.ts';
import type { ClassroomApi } from '../classroom/classroomApi.ts';
import type { Outbox } from '../classroom/outbox.ts';
import type { PublishedPlay } from '../classroom/publishedScenario.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { LivePlay } from '../play/livePlay.ts';
import type { SoundBoard } from '../sound/soundBoard.ts';
import type { GameStore } from '../storage/gameStore.ts';
import type { ClassAttempt, ScenarioSource, SessionRecord, Settings } from '../storage/records.ts';
import type { Ask } from './ConfirmDialog.tsx';

export type Screen =
  | { name: 'title' }
  | { name: 'profile' }
  | { name: 'picker' }
  | { name: 'briefing'; compiled: CompiledScenario; source: ScenarioSource; options: ChatOptions; forClass: boolean }
  | { name: 'play'; play: LivePlay; title: string; resumed: boolean }
  | { name: 'debrief'; record: SessionRecord }
  | { name: 'history' }
  | { name: 'class'; code?: string }
  | { name: 'class-create' }
  | { name: 'trainer'; classId: string }
  | { name: 'projector'; code: string; top: number | null; hideNames: boolean }
  | { name: 'studio' };

export interface ChatOptions {
  seed?: number;
  events?: SessionEvent[];
  resumeAt?: number;
  /** Set when the chat is played for a class: its log goes to the outbox at the end. */
  classAttempt?: ClassAttempt | undefined;
  /** The trainee has read the brief and opened the chat: the clock may start. */
  briefed?: boolean;
  /** A class's published scenario: the hash of its text, which the server scores the chat on. */
  publishedHash?: string;
}

/** What main.tsx makes once and the App hands to every screen; tests could fake them. */
export interface Services {
  store: GameStore;
  sound: SoundBoard;
  api: ClassroomApi;
  outbox: Outbox;
}

export interface GameContext extends Services {
  t: Translate;
  settings: Settings;
  updateSettings(settings: Settings): void;
  /** Goes to another screen; leaving a chat in progress asks first. */
  go(screen: Screen): void;
  /** Asks a yes-or-no question in the accessible dialog (never `window.confirm`). */
  confirm: Ask;
  /**
   * Starts a chat on a scenario. A new chat shows its brief first and opens when the trainee says
   * so, for the clock must not run while they read; replayed events ('retry from here') open it at
   * once, once its language pack is loaded.
   */
  startChat(compiled: CompiledScenario, source: ScenarioSource, options?: ChatOptions): Promise<void>;
  /** Starts a class chat: its brief first, as startChat; a published scenario comes with its text. */
  startClassChat(compiled: CompiledScenario, published?: PublishedPlay): Promise<void>;
  /**
   * Opens the briefed chat. For a class the server notes the start first; when it cannot be
   * reached the chat is still played (its submission will then fail the server's timing check); a
   * refusal is thrown.
   */
  openBriefedChat(briefing: Extract<Screen, { name: 'briefing' }>): Promise<void>;
}

/** What every screen reaches through `useGame()`: its own module, so that screens depend on it and not on the App that renders them. */
export const gameContext = createContext<GameContext | null>(null);

export function useGame(): GameContext {
  const context = useContext(gameContext);
  if (!context) throw new Error('useGame outside the App');
  return context;
}
