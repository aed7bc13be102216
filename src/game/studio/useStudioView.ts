import { useRef, useState } from 'preact/hooks';
import { formForPath, type FormRoute } from './forms/formRoute.ts';
import type { DocumentPath, TextJump } from './studioPart.ts';
import type { StudioTab } from './StudioTabs.tsx';

/** Which view of the draft is shown, which form is open, and the place a problem or a part asked to see. */
export function useStudioView() {
  const [tab, setTab] = useState<StudioTab>('forms');
  const [route, setRoute] = useState<FormRoute>({ section: 'metadata' });
  const [focus, setFocus] = useState<{ path: DocumentPath; request: number } | null>(null);
  const [jump, setJump] = useState<TextJump | null>(null);
  const [plainText, setPlainText] = useState(false);
  // Each request counts, so asking for the same place twice moves the focus again.
  const requests = useRef(0);
  return {
    tab,
    setTab,
    route,
    focus,
    jump,
    plainText,
    setPlainText,
    /** Opens the form holding `path` and focuses its field. */
    navigate(path: DocumentPath) {
      setRoute(formForPath(path));
      setTab('forms');
      requests.current += 1;
      setFocus({ path, request: requests.current });
    },
    /** Opens the text at a line and column: where the forms cannot go (a syntax error, the whole file). */
    showInText(line: number, column: number) {
      setTab('text');
      requests.current += 1;
      setJump({ line, column, request: requests.current });
    },
    /** A newly opened draft starts on its overview form. */
    reset() {
      setTab('forms');
      setRoute({ section: 'metadata' });
    },
  };
}
