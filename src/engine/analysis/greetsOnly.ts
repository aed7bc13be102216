import type { ReplyAnalysis } from './replyAnalysis.ts';

/** A greeting with at most a name and a thanks around it: 'Ciao.', 'Salve, grazie!', 'Buonasera Sig. Rossi'. */
const MAX_WORDS = 4;

/**
 * The reply is a greeting and nothing more. After the agent's welcome such a 'Ciao.' takes leave
 * (Italian 'ciao' and 'salve' say both); the chat, not the words, tells which.
 */
export function greetsOnly(analysis: Pick<ReplyAnalysis, 'intents' | 'tokens' | 'isQuestion'>): boolean {
  if (analysis.isQuestion || analysis.tokens.length > MAX_WORDS || !analysis.intents.includes('greeting')) return false;
  return analysis.intents.every((intent) => intent === 'greeting' || intent === 'thanks');
}
