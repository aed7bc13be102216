/** How the debrief names a message, in its transcript and on the chart's bars alike: '#1' for the first. */
export const messageNumber = (index: number): string => `#${index + 1}`;
