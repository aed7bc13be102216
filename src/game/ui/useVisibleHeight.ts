import { useEffect } from 'preact/hooks';

/**
 * Keeps `--visible-height` on the root element equal to the height of the page left visible, so
 * that the play screen, sized to it, keeps the reply box above a phone's on-screen keyboard: the
 * keyboard shrinks the visual viewport but not the layout viewport that `vh` and `dvh` follow.
 * A pinch zoom shrinks the visual viewport too; then the layout stays as it was, so zooming in
 * enlarges the page rather than squeezing it into the zoomed area.
 */
export function useVisibleHeight(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return undefined;
    const root = document.documentElement;
    const update = () => {
      if (viewport.scale > 1.01) return;
      root.style.setProperty('--visible-height', `${Math.round(viewport.height)}px`);
    };
    update();
    viewport.addEventListener('resize', update);
    return () => {
      viewport.removeEventListener('resize', update);
      root.style.removeProperty('--visible-height');
    };
  }, []);
}
