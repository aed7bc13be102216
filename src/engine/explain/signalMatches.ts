import { asksForCardData } from '../analysis/asksForCardData.ts';
import type { ReplyAnalysis } from '../analysis/replyAnalysis.ts';
import type { Token } from '../analysis/tokenize.ts';
import { findRepeatedReply } from '../session/detectRepetition.ts';
import type { ChatContext, EarlierChat } from './chatContext.ts';
import type { IntentMatch, MatchCue } from './explainReply.ts';
import { spanOf } from './tokenSpan.ts';

/**
 * The reply signals a scenario can name in `when` (all but `any`, which every reply has), each with
 * what gave it: the register's cue words, the style issues, the sentences that ask, the card data
 * asked for, the earlier reply it copies. The same tests the session makes, in the same order.
 */
export function signalMatches(analysis: ReplyAnalysis, tokens: readonly Token[], builtIn: readonly IntentMatch[], earlier: EarlierChat, chat: ChatContext): IntentMatch[] {
  const whole: Pick<MatchCue, 'start' | 'end'> = { start: 0, end: analysis.text.length };
  const signals: IntentMatch[] = [];
  const add = (intent: string, cues: MatchCue[]) => signals.push({ intent, source: 'built-in', cues });
  const repeated = findRepeatedReply(analysis, earlier.agentReplies);
  if (repeated >= 0) add('repeated', [{ kind: 'pattern', text: earlier.agentReplies[repeated]!.text, ...whole }]);
  if ((chat.askedAgain ?? []).length > 0)
    add(
      'asked-again',
      chat.askedAgain!.map((fact) => ({ kind: 'keyword', text: fact, ...whole })),
    );
  for (const register of ['informal', 'formal'] as const) {
    if (analysis.register === register)
      add(
        register,
        analysis.cues.filter((cue) => cue.register === register).map((cue) => ({ kind: 'pattern', text: cue.text, start: cue.start, end: cue.end })),
      );
  }
  if (analysis.style.length > 0)
    add(
      'unprofessional',
      analysis.style.map((issue) => ({ kind: 'pattern', text: issue.rule, start: issue.start, end: issue.end })),
    );
  if (analysis.isQuestion) {
    const asking = analysis.questionSentences.map((sentence) => tokens.flatMap((token, i) => (token.sentence === sentence ? [i] : []))).filter((at) => at.length > 0);
    add(
      'question',
      asking.map((at) => ({ kind: 'pattern', text: '?', ...spanOf(tokens, at) })),
    );
  }
  if (asksForCardData(analysis)) add('asks-card-data', builtIn.find((match) => match.intent === 'card-data')?.cues ?? []);
  return signals;
}
