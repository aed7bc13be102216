import { Howl } from 'howler';
import type { SoundCue } from '../play/livePlay.ts';

const CUES: SoundCue[] = ['message-in', 'message-sent', 'timer-warning', 'customer-leaves', 'chat-end'];

/** The game's sound effects through howler; mute and volume come from the settings. */
export class SoundBoard {
  private readonly sounds = new Map<SoundCue, Howl>();
  private muted = false;
  private volume = 0.7;

  constructor(base = `${import.meta.env.BASE_URL}sounds/`) {
    for (const cue of CUES) this.sounds.set(cue, new Howl({ src: [`${base}${cue}.wav`], preload: true }));
  }

  configure(settings: { muted: boolean; volume: number }): void {
    this.muted = settings.muted;
    this.volume = settings.volume;
  }

  play(cue: SoundCue): void {
    if (this.muted || this.volume === 0) return;
    const sound = this.sounds.get(cue);
    sound?.volume(this.volume);
    sound?.play();
  }
}
