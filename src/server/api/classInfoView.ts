import type { ClassInfo } from '../../classroom/contract.ts';
import { classScenarios } from '../classroom/classScenarios.ts';
import { classInfo, type ClassRow } from '../store/classes.ts';
import { currentPublished } from '../store/publishedScenarios.ts';
import type { ApiContext } from './context.ts';

/** The class as its trainees, the projector and the dashboard see it, published scenarios included. */
export async function classInfoOf(context: Pick<ApiContext, 'db' | 'catalog'>, row: ClassRow): Promise<ClassInfo> {
  return classInfo(row, classScenarios(row.scenarios, context.catalog, await currentPublished(context.db, row.id)));
}
