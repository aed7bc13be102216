/** A chat time as m:ss since the chat opened. */
export const clockTime = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

/** A chat line safe for a terminal: control and bidi-override characters shown as �. */
export const printable = (line: string) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '�');
