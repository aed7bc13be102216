import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { StudioPartProps } from '../studioPart.ts';
import { texts } from './texts.ts';
import type { YamlEditorView } from './yamlEditorView.ts';

/**
 * The scenario as YAML text, in CodeMirror 6: highlighting, line numbers, the problems of
 * `galateo validate` marked where they are, and completion from the scenario's schema and names.
 * CodeMirror is loaded on first use, in a chunk of its own.
 */
export function YamlEditor(props: StudioPartProps) {
  const words = texts[props.locale];
  const helpId = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<YamlEditorView | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let gone = false;
    import('./yamlEditorView.ts').then(
      ({ createYamlEditorView }) => {
        if (gone || !host.current) return;
        const { text, locale, problems } = latest.current;
        view.current = createYamlEditorView({ parent: host.current, text, locale, describedBy: helpId, onTextChange: (next) => latest.current.onTextChange(next) });
        view.current.receive(text, problems);
        setState('ready');
      },
      () => !gone && setState('failed'),
    );
    return () => {
      gone = true;
      view.current?.destroy();
      view.current = undefined;
    };
  }, []);

  useEffect(() => view.current?.receive(props.text, props.problems), [props.text, props.problems, state]);
  useEffect(() => view.current?.setLocale(props.locale, helpId), [props.locale, state]);
  useEffect(() => {
    if (props.jump) view.current?.showAt(props.jump.line, props.jump.column);
  }, [props.jump?.request, state]);

  return (
    <div class="yaml-editor">
      <p id={helpId} class="yaml-editor-help">
        {words.keyboardHelp}
      </p>
      {state === 'loading' && <p role="status">{words.loading}</p>}
      {state === 'failed' && (
        <p role="alert" class="error">
          {words.loadFailed}
        </p>
      )}
      <div ref={host} />
    </div>
  );
}
