import { describe, expect, it } from 'vitest';
import type { TrainerClass } from '../../../classroom/contract.ts';
import { ClassroomRefusal, ClassroomUnreachable } from '../../classroom/classroomApi.ts';
import { trainerClasses } from './trainerClasses.ts';

const view = (name: string, code: string) => ({ class: { name, code } }) as TrainerClass;

describe('the classes a trainer can publish to', () => {
  it('are the classes of the tokens kept in the browser, named by the server; a refused one is left out', async () => {
    const asked: [string, string][] = [];
    const api = {
      trainerClass: async (classId: string, token: string) => {
        asked.push([classId, token]);
        if (classId === 'gone') throw new ClassroomRefusal(404, 'class-not-found', 'No such class.');
        return view(`Aula ${classId}`, 'ABC234');
      },
    };
    expect(await trainerClasses(api, { uno: 't1', gone: 't2' })).toEqual([{ classId: 'uno', token: 't1', name: 'Aula uno', code: 'ABC234' }]);
    expect(asked).toEqual([
      ['uno', 't1'],
      ['gone', 't2'],
    ]);
  });

  it('fail as a whole when the server does not answer, rather than look like none', async () => {
    const api = {
      trainerClass: async () => {
        throw new ClassroomUnreachable('offline');
      },
    };
    await expect(trainerClasses(api, { uno: 't1' })).rejects.toBeInstanceOf(ClassroomUnreachable);
    expect(await trainerClasses(api, {})).toEqual([]);
  });
});
