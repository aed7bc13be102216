import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Keeps a scrolling chat log on its last message: when a message arrives, and when the log gets
 * shorter (a phone's keyboard opening, a window resized) while the reader was at the bottom. A
 * reader scrolled up to an older message is left there.
 */
export function useStickyScroll(ref: RefObject<HTMLElement | null>, count: number): void {
  useEffect(() => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [ref, count]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let atBottom = true;
    const onScroll = () => {
      atBottom = element.scrollHeight - element.scrollTop - element.clientHeight < 4;
    };
    const onResize = () => {
      if (atBottom) element.scrollTop = element.scrollHeight;
    };
    const observer = new ResizeObserver(onResize);
    observer.observe(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [ref]);
}
