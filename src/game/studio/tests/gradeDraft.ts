import { DIMENSIONS, type Dimension, type TestGrade } from '../../../engine/index.ts';

/** The grade form's fields as typed: the total and, optionally, some dimensions. */
export interface GradeDraft {
  total: string;
  dimensions: Partial<Record<Dimension, string>>;
}

const gradeOf = (text: string): number | undefined | 'invalid' => {
  if (text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : 'invalid';
};

/** The grade to save, or undefined when a field is not a grade from 0 to 100 (the total is required). */
export function parseGrade(draft: GradeDraft): TestGrade | undefined {
  const total = gradeOf(draft.total);
  if (total === undefined || total === 'invalid') return undefined;
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (const dimension of DIMENSIONS) {
    const grade = gradeOf(draft.dimensions[dimension] ?? '');
    if (grade === 'invalid') return undefined;
    if (grade !== undefined) dimensions[dimension] = grade;
  }
  return Object.keys(dimensions).length > 0 ? { total, dimensions } : { total };
}
