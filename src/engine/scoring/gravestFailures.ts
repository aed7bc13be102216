/**
 * The failures the seeds and trainers treat as disqualifying, whatever else went well: each caps
 * the total (domain notes, "Judging like a trainer"). A scenario's own policy rules may add caps
 * (forbidden data, false statements). The values are set by calibration on the tune half of
 * calibration/panel, not guessed.
 */
export const CAPS = {
  /** The customer gave up waiting on a silent agent. */
  abandoned: 15,
  /** The customer's last question was never answered. */
  leftHanging: 40,
  /** A request for a manager refused (seed 004: transfer, never refuse). */
  escalationRefused: 35,
  /** A promise beyond the agent's power ('al 100%', 'glielo garantisco'). */
  absolutePromise: 40,
  /** Promises in more than one reply: a pattern of setting expectations nobody can meet. */
  absolutePromises: 20,
  /** Card number, CVV or expiry asked for in chat: never, whatever the scenario. */
  cardData: 10,
  /** Reproaching or brushing off the customer in more than one reply: rudeness as a way of answering (seed 004: 'sii comprensivo'). */
  rudeness: 25,
  /**
   * Cheer or jokes to an unhappy customer in more than one reply (seed 002, 'contenuti stonati'), to
   * a customer who starts calm; less by TONE_DEAF_PER_MOOD per point of bad mood she starts with.
   */
  toneDeafPattern: 34,
  /** Pasted answers in more than one reply (seed 002, 'risposte robotiche': 'ma sei un bot?'). */
  roboticPattern: 40,
  /** Unprofessional writing (style, tone, pasted answers) in most replies: a pattern, not a slip. */
  unprofessionalPattern: 45,
  /**
   * Tu where the brand uses Lei in most replies: the brand's voice missed throughout, and a
   * familiarity the customer never granted (seed 001: Lei unless the brand says tu).
   */
  informalPattern: 60,
  /** Lei where the brand uses tu in most replies: the brand's voice missed, but still courteous. */
  formalPattern: 70,
} as const;

/**
 * The angrier the customer, the graver cheer is: on the tune halves of panels 1-11 the experts grade
 * a tone-deaf trainee about 35 to a calm customer and about 19 to a furious one (mood -3).
 */
export const TONE_DEAF_PER_MOOD = 5;

/** The tone-deaf pattern's cap for a scenario's customer: lower the worse her mood at the start. */
export const toneDeafCap = (startMood: number) => CAPS.toneDeafPattern + TONE_DEAF_PER_MOOD * Math.min(0, startMood);

/** A chat is judged by its worst part too: the weakest dimension's share of the total. */
export const WEAKEST_SHARE = 0.4;
