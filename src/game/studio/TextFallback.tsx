import { useEffect, useRef } from 'preact/hooks';
import type { TextJump } from './studioPart.ts';
import type { StudioLanguage } from './texts/studioTexts.ts';

/** The character offset of a 1-based line and column in `text`. */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/**
 * The YAML text in a plain text box: it works without the code editor, with a screen reader and on
 * a phone. A problem's place puts the caret there.
 */
export function TextFallback({ text, onTextChange, texts, jump }: { text: string; onTextChange(text: string): void; texts: StudioLanguage; jump: TextJump | null }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!jump || !element) return;
    const offset = offsetAt(text, jump.line, jump.column);
    element.focus();
    element.setSelectionRange(offset, offset);
  }, [jump?.request]);
  return (
    <div class="studio-text">
      <label for="studio-yaml">{texts.ui.text.label}</label>
      <p class="hint" id="studio-yaml-hint">
        {texts.ui.text.hint}
      </p>
      <textarea
        id="studio-yaml"
        ref={box}
        aria-describedby="studio-yaml-hint"
        spellcheck={false}
        autocapitalize="off"
        autocomplete="off"
        wrap="off"
        value={text}
        onInput={(event) => onTextChange(event.currentTarget.value)}
      />
    </div>
  );
}
