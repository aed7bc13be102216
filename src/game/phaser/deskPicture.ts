import type { PlayView } from '../play/livePlay.ts';
import { moodFace, type MoodFace } from '../play/moodFace.ts';

/** Width in pixels of the patience meter when full. */
export const METER_WIDTH = 150;
/** One typing dot more every this many ms, up to three. */
const TYPING_DOT_MS = 350;

/**
 * Everything the desk scene draws, in the steps it draws them: whole pixels of the meter, whole
 * seconds of the timer, one of three typing frames. The scene renders a frame only when this
 * changes, so an idle desk costs nothing (no continuous render loop, which on a machine without a
 * GPU, or under a test's fake clock, costs a software-rendered frame every 16 ms).
 */
export interface DeskPicture {
  face: MoodFace;
  mood: number;
  meterPixels: number;
  timerLevel: PlayView['timerLevel'];
  /** Whole seconds the customer has waited, or null when nobody is waiting for the agent. */
  timerSeconds: number | null;
  /** 0 when the customer is not typing, else 1 to 3 dots. */
  typingDots: number;
  onlookers: number;
}

export function deskPicture(view: PlayView): DeskPicture {
  return {
    face: moodFace(view.mood),
    mood: view.mood,
    meterPixels: Math.round(METER_WIDTH * view.patience),
    timerLevel: view.timerLevel,
    timerSeconds: view.waitingSeconds === null ? null : Math.floor(view.waitingSeconds),
    typingDots: view.typing ? 1 + (Math.floor(view.elapsed / TYPING_DOT_MS) % 3) : 0,
    onlookers: view.messages.reduce((count, message) => count + (message.from === 'onlooker' ? 1 : 0), 0),
  };
}

export function samePicture(a: DeskPicture, b: DeskPicture): boolean {
  return (Object.keys(a) as (keyof DeskPicture)[]).every((key) => a[key] === b[key]);
}
