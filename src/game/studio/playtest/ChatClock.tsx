import { useEffect, useState } from 'preact/hooks';
import type { PlaytestRun } from './playtestRun.ts';
import type { PlaytestTexts } from './texts.ts';

/** The chat's time: its last message's once it is over, the clock's until then. */
const chatSeconds = (run: PlaytestRun) => Math.floor((run.session.ended && !run.session.personaTyping ? run.session.lastMessageAt : run.elapsed) / 1000);

/** The chat time, on its own ticker so the seconds re-render this line alone. */
export function ChatClock({ run, t }: { run: PlaytestRun; t: PlaytestTexts }) {
  const [seconds, setSeconds] = useState(() => chatSeconds(run));
  useEffect(() => {
    const id = setInterval(() => setSeconds(chatSeconds(run)), 1000);
    return () => clearInterval(id);
  }, [run]);
  return <p class="chat-clock">{t.clock(seconds)}</p>;
}
