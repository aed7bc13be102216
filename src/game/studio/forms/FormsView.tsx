import { useEffect, useRef } from 'preact/hooks';
import type { DocumentPath, StudioLocale } from '../studioPart.ts';
import type { StudioLanguage } from '../texts/studioTexts.ts';
import { formContext, pathAttribute, valueAt, type FormContext } from './formContext.ts';
import { formKey, type FormRoute } from './formRoute.ts';
import { FormPane } from './FormPane.tsx';
import { Sidebar } from './Sidebar.tsx';

export interface FormsViewProps {
  raw: unknown;
  syntaxOk: boolean;
  route: FormRoute;
  /** The place to bring into view and focus once the form is drawn (a problem's), with a counter so the same place can be asked twice. */
  focus: { path: DocumentPath; request: number } | null;
  texts: StudioLanguage;
  locale: StudioLocale;
  edit(change: (text: string) => string): void;
  navigate(path: DocumentPath): void;
  openText(): void;
}

/** The sidebar and the open form; forms write only while the text's YAML syntax holds. */
export function FormsView(props: FormsViewProps) {
  const pane = useRef<HTMLDivElement>(null);
  const { raw, syntaxOk, route, texts } = props;

  useEffect(() => {
    if (!props.focus || !pane.current) return;
    const target = closestField(pane.current, props.focus.path);
    const control = target?.matches('input, textarea, select, button') ? target : target?.querySelector<HTMLElement>('input, textarea, select, button');
    const heading = pane.current.querySelector<HTMLElement>('.studio-form-heading');
    (control ?? heading)?.focus();
    (target ?? heading)?.scrollIntoView?.({ block: 'center' });
  }, [props.focus?.request]);

  if (!syntaxOk) return <p class="studio-notice">{texts.ui.forms.syntax}</p>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return <p class="studio-notice">{texts.ui.forms.notMapping}</p>;

  const context: FormContext = { raw: raw as Record<string, unknown>, edit: props.edit, texts, locale: props.locale, openText: props.openText, navigate: props.navigate };
  const exists = route.entry !== undefined && valueAt(raw, [route.section, route.entry]) !== undefined;
  return (
    <formContext.Provider value={context}>
      <div class="studio-forms">
        <Sidebar current={route} onOpen={props.navigate} />
        <div class="studio-form" ref={pane}>
          <FormPane key={formKey(route)} route={route} exists={exists} />
        </div>
      </div>
    </formContext.Provider>
  );
}

/** The field marked with this path or, failing that, with the nearest enclosing one. */
function closestField(root: HTMLElement, path: DocumentPath): HTMLElement | null {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const found = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathAttribute(path.slice(0, depth)))}"]`);
    if (found) return found;
  }
  return null;
}
