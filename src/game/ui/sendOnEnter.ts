/**
 * The reply boxes' keys, as in chat tools: Enter sends, Shift+Enter starts a new line, and an Enter
 * that confirms an input method's composition (accents, Asian scripts) is left to it.
 */
export function sendOnEnter(send: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  };
}
