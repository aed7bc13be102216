import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A field's text while the trainer types in it. The document is written on every input, but what
 * comes back from it (a list without the trailing empty line just typed) does not overwrite the
 * field unless the document changed for another reason (undo, the text tab).
 */
export function useFieldDraft(external: string, normalize: (typed: string) => string, commit: (typed: string) => void): [string, (typed: string) => void] {
  const [local, setLocal] = useState(external);
  const committed = useRef(external);
  useEffect(() => {
    if (external === committed.current) return;
    committed.current = external;
    setLocal(external);
  }, [external]);
  return [
    local,
    (typed) => {
      setLocal(typed);
      committed.current = normalize(typed);
      commit(typed);
    },
  ];
}
