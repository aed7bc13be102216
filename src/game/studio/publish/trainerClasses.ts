import type { ClassroomApi } from '../../classroom/classroomApi.ts';
import { ClassroomRefusal } from '../../classroom/classroomApi.ts';

/** A class this browser holds the trainer token of, as the server names it. */
export interface TrainerClassChoice {
  classId: string;
  token: string;
  name: string;
  code: string;
}

/**
 * The classes whose trainer tokens this browser keeps (GameStore.trainerTokens), named by the
 * server. A class the server refuses (removed, token replaced) is left out; no answer at all throws.
 */
export async function trainerClasses(api: Pick<ClassroomApi, 'trainerClass'>, tokens: Readonly<Record<string, string>>): Promise<TrainerClassChoice[]> {
  const found = await Promise.all(
    Object.entries(tokens).map(async ([classId, token]) => {
      try {
        const view = await api.trainerClass(classId, token);
        return [{ classId, token, name: view.class.name, code: view.class.code }];
      } catch (error) {
        if (error instanceof ClassroomRefusal && !error.transient) return [];
        throw error;
      }
    }),
  );
  return found.flat();
}
