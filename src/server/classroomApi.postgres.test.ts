import { describe } from 'vitest';
import { describeClassroomApi } from './classroomApi.suite.ts';
import { postgresSource } from './testing/testDatabase.ts';

describe('classroom API on PostgreSQL', () => describeClassroomApi(postgresSource));
