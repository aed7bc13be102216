import type { StudioLanguage } from './texts/studioTexts.ts';

export type StudioTab = 'forms' | 'graph' | 'text' | 'playtest' | 'tests';

/** The views of the draft as an ARIA tab list: arrow keys move between tabs, as a screen reader user expects. */
export function StudioTabs({ tabs, current, texts, onSelect }: { tabs: readonly StudioTab[]; current: StudioTab; texts: StudioLanguage; onSelect(tab: StudioTab): void }) {
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next);
    document.getElementById(`studio-tab-${next}`)?.focus();
  };
  return (
    <div class="studio-tabs" role="tablist" aria-label={texts.ui.tabs.label}>
      {tabs.map((tab, index) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`studio-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls="studio-panel"
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onSelect(tab)}
          onKeyDown={(event) => move(event, index)}
        >
          {texts.ui.tabs[tab]}
        </button>
      ))}
    </div>
  );
}
