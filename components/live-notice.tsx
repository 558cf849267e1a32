import type { MessageKey } from '@/lib/i18n/messages';
import type { MessageParams, Translate } from '@/lib/i18n/translate';

export interface LiveNoticeProps {
  notice: { id: number; key: MessageKey; params?: MessageParams; tone: 'info' | 'error' } | null;
  t: Translate;
}

/** A polite live region for short confirmations (copied, downloaded) and errors. */
export function LiveNotice({ notice, t }: LiveNoticeProps) {
  return (
    <div class={`zhc-notice${notice?.tone === 'error' ? ' zhc-notice-error' : ''}`} role="status" aria-live="polite" aria-atomic="true">
      {notice && <span key={notice.id}>{t(notice.key, notice.params)}</span>}
    </div>
  );
}
