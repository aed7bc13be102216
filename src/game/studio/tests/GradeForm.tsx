import { useState } from 'preact/hooks';
import { DIMENSIONS, dimensionLabel, type Locale, type TestGrade } from '../../../engine/index.ts';
import { parseGrade, type GradeDraft } from './gradeDraft.ts';
import type { TestsTexts } from './texts.ts';

/** The trainer's grade of one conversation: a total and, if they like, some dimensions. */
export function GradeForm({ id, locale, onGrade, t }: { id: string; locale: Locale; onGrade(grade: TestGrade): void; t: TestsTexts }) {
  const [draft, setDraft] = useState<GradeDraft>({ total: '', dimensions: {} });
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="grade-form"
      onSubmit={(event) => {
        event.preventDefault();
        const grade = parseGrade(draft);
        setInvalid(grade === undefined);
        if (grade) onGrade(grade);
      }}
    >
      <label for={`${id}-total`}>{t.gradeTotal}</label>
      <input
        id={`${id}-total`}
        inputMode="decimal"
        required
        value={draft.total}
        aria-invalid={invalid}
        aria-describedby={`${id}-error`}
        onInput={(event) => setDraft({ ...draft, total: event.currentTarget.value })}
      />
      <fieldset>
        <legend>{t.gradeDimensions}</legend>
        {DIMENSIONS.map((dimension) => (
          <span key={dimension} class="grade-dimension">
            <label for={`${id}-${dimension}`}>{dimensionLabel(locale, dimension)}</label>
            <input
              id={`${id}-${dimension}`}
              inputMode="decimal"
              value={draft.dimensions[dimension] ?? ''}
              onInput={(event) => setDraft({ ...draft, dimensions: { ...draft.dimensions, [dimension]: event.currentTarget.value } })}
            />
          </span>
        ))}
      </fieldset>
      <p id={`${id}-error`} role="alert" class="error">
        {invalid ? t.gradeInvalid : ''}
      </p>
      <button type="submit">{t.saveGrade}</button>
    </form>
  );
}
