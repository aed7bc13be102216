/** The customer's face for a mood from -5 to 5: what the avatar shows and what a screen reader hears. */
export type MoodFace = 'furious' | 'angry' | 'annoyed' | 'neutral' | 'pleased' | 'happy';

export function moodFace(mood: number): MoodFace {
  if (mood <= -4) return 'furious';
  if (mood <= -2) return 'angry';
  if (mood === -1) return 'annoyed';
  if (mood === 0) return 'neutral';
  if (mood <= 2) return 'pleased';
  return 'happy';
}
