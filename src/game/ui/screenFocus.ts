import { useEffect, useRef } from 'preact/hooks';
import type { Screen } from './gameContext.ts';

/**
 * On every screen change focus goes to the new screen's heading, so that a screen reader says
 * where the trainee now is and Tab goes on from there (the first screen is left alone: the page
 * starts at the skip link). A screen that has put focus inside itself keeps it: the play screen
 * focuses its reply box, where the trainee types at once; the box's label and the live chat log
 * tell a screen reader where they are.
 */
export function useScreenFocus(screen: Screen): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const main = document.getElementById('main');
    if (!main || main.contains(document.activeElement)) return undefined;
    const heading = main.querySelector('h1');
    if (heading) {
      focusHeading(heading);
      return undefined;
    }
    // A screen loaded on first use shows its heading a moment later.
    const observer = new MutationObserver(() => {
      const late = main.querySelector('h1');
      if (!late) return;
      observer.disconnect();
      if (!main.contains(document.activeElement)) focusHeading(late);
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [screen]);
}

function focusHeading(heading: HTMLHeadingElement): void {
  // Focusable from script only, so that Tab never stops on it.
  heading.tabIndex = -1;
  heading.focus();
}
