import { describe } from 'vitest';
import { describeClassroomApi } from './classroomApi.suite.ts';
import { pgliteSource } from './testing/testDatabase.ts';

describe('classroom API on PGlite', () => describeClassroomApi(pgliteSource));
