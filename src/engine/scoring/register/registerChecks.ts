import type { AgentReply } from '../../session/chatSession.ts';
import type { Finding } from '../reportSchema.ts';
import type { ScoringInput } from '../scoringInput.ts';

/** One concern of the register dimension, judged on each reply in turn. */
export type ReplyCheck = (input: ScoringInput, reply: AgentReply) => Finding[];
