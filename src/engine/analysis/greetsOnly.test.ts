import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analyzeReply.ts';
import { greetsOnly } from './greetsOnly.ts';

describe('greetsOnly', () => {
  it.each(['Ciao.', 'Salve!', 'Ciao Francesca', 'Buonasera, grazie!'])('reads %j as a greeting alone', (text) => {
    expect(greetsOnly(analyzeReply(text, 'it'))).toBe(true);
  });

  it.each(['Ciao, sono Davide di PaccoLesto.', 'Buongiorno, come posso aiutarLa?', 'Ciao?', 'Ecco il link', 'Buongiorno, Le ho appena inviato il link di pagamento'])(
    'does not read %j as a greeting alone',
    (text) => {
      expect(greetsOnly(analyzeReply(text, 'it'))).toBe(false);
    },
  );
});
