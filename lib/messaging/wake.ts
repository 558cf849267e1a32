/**
 * Waking a dormant frame. A page without Chinese text gets the loader only (entrypoints/loader.ts),
 * which does not even listen for messages: the first touch of the extension API costs a new page
 * about a millisecond, and most pages are never asked anything. The loader leaves a function under
 * this global of the extension's isolated world; when a message to a frame finds no listener, the
 * background runs `wakeFrame` there (scripting.executeScript, same world) and sends it again.
 */
export const WAKE_HOOK = '__zhcWake';

/**
 * Runs in the frame (serialised by executeScript: self-contained, the hook's name as argument).
 * True when the loader started listening now; false when it was listening already, is gone with an
 * older copy of the extension, or is not there at all (the page has not reached document_idle).
 */
export function wakeFrame(hook: string): boolean {
  const wake = (globalThis as Record<string, unknown>)[hook];
  return typeof wake === 'function' && (wake as () => boolean)() === true;
}
