import type { AgentReply } from '../../session/chatSession.ts';
import type { Finding } from '../reportSchema.ts';
import type { ScoringInput } from '../scoringInput.ts';

/** One concern of the register dimension, judged on each reply in turn. */
export type ReplyCheck = (input: ScoringInput, reply: AgentReply) => Finding[];

/** The start of a reply, as the excerpt of a finding about the whole reply. */
export const opening = (reply: AgentReply) => reply.analysis.text.slice(0, 80);
