/**
 * Facts about a reply that depend on the conversation, not only on its words. Scenarios use them in
 * `when` like intents: `repeated` (a near copy of an earlier reply, the 'copy-paste' of seed 002),
 * `asked-again` (asks for something the customer already said or the company knows), `informal` and
 * `formal` (the reply's register), `unprofessional` (shorthand, caps, emoji...), `question`,
 * `asks-card-data` (a sentence that asks for card data: naming them to reassure is not asking), and
 * `any` (every reply).
 */
export const REPLY_SIGNALS = ['any', 'repeated', 'asked-again', 'informal', 'formal', 'unprofessional', 'question', 'asks-card-data'] as const;
export type ReplySignal = (typeof REPLY_SIGNALS)[number];
