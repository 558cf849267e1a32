import { SESSION_HOOK, type StartSession } from '@/lib/content/session-hook';
import { startSession } from '@/lib/content/start-session';

// The content script's second file, injected by the background into a frame whose loader
// (entrypoints/loader.ts) asked for it: hands the session's starter to that loader.
export default defineUnlistedScript(() => {
  const hook = (globalThis as Record<string, unknown>)[SESSION_HOOK];
  if (typeof hook === 'function') (hook as (start: StartSession) => void)(startSession);
});
