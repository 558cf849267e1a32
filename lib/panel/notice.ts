/** How long a confirmation (copied, saved, downloaded) stays on screen after it was announced. */
export const NOTICE_MS = 5000;
