/**
 * The channels a scenario can be played on, the one list the schema, the scorers and the desk
 * read: a new channel is a new entry here (the desk's look is then required by its types).
 */
export const CHANNELS = {
  /** A chat window on the company's site: the agent greets first (seed 000). */
  'live-chat': { agentGreetsFirst: true, welcomesCustomer: true, publicThread: false, device: 'desk' },
  /** A public thread under a post: onlookers read and join in (seed 002's 'effetto piranha'). */
  'social-thread': { agentGreetsFirst: false, welcomesCustomer: false, publicThread: true, device: 'phone' },
  /** WhatsApp, Messenger, Telegram: the customer writes first, on a phone (seed 003). */
  'messaging-app': { agentGreetsFirst: false, welcomesCustomer: true, publicThread: false, device: 'phone' },
} as const satisfies Record<string, ChannelTraits>;

export interface ChannelTraits {
  /** The agent opens the chat: a customer who has to write first, or waits past the mark, costs points. */
  agentGreetsFirst: boolean;
  /** The customer came to the company's own chat and is welcomed to it ('benvenuto'); a reply under a public complaint is not a welcome. */
  welcomesCustomer: boolean;
  /** Others read the conversation and may write in it. */
  publicThread: boolean;
  /** What the customer holds in the desk scene. */
  device: 'desk' | 'phone';
}

export type Channel = keyof typeof CHANNELS;
export const CHANNEL_IDS = Object.keys(CHANNELS) as [Channel, ...Channel[]];
