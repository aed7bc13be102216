import { useEffect, useState } from 'preact/hooks';
import type { PlaytestRun } from './playtestRun.ts';
import type { PlaytestTexts } from './texts.ts';

/** The chat time, on its own ticker so the seconds re-render this line alone. */
export function ChatClock({ run, t }: { run: PlaytestRun; t: PlaytestTexts }) {
  const [seconds, setSeconds] = useState(() => Math.floor(run.elapsed / 1000));
  useEffect(() => {
    const id = setInterval(() => setSeconds(Math.floor(run.elapsed / 1000)), 1000);
    return () => clearInterval(id);
  }, [run]);
  return <p class="chat-clock">{t.clock(seconds)}</p>;
}
