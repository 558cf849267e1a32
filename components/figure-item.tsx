import { useState } from 'preact/hooks';
import type { PanelLanguage } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { figureCopyText } from '@/lib/panel/copy-text';
import { isAfterScale, splitApprox } from '@/lib/panel/approx';
import { baseUnit, formatStatValue, formatValueWithUnit } from '@/lib/panel/format-number';
import { subjectOf, type StatItem } from '@/lib/panel/mentions';
import { SentenceText } from './sentence-text';

export interface FigureItemProps {
  stat: StatItem;
  lang: PanelLanguage;
  t: Translate;
  onReveal(mentionId: number): void;
  onCopy(text: string): void;
}

/** One figure: `136 家 · 企业`, approximation words, the exact value when scaled, the sentence on demand (when known). */
export function FigureItem({ stat, lang, t, onReveal, onCopy }: FigureItemProps) {
  const [open, setOpen] = useState(false);
  const value = formatStatValue(stat.value, lang);
  const unit = baseUnit(stat.unit);
  const written = stat.shown || stat.text;
  const subject = subjectOf(stat);
  const copyText = figureCopyText(stat, lang);
  const approx = splitApprox(stat.approx);
  const approxTag = (word: string) => (
    <span key={word} class="zhc-approx" title={t('approxTitle', { word })}>
      {word}
    </span>
  );
  const afterScale = approx.inside.filter((w) => isAfterScale(w, value.scale, written));
  const beforeScale = approx.inside.filter((w) => !afterScale.includes(w));
  // "As written" only when it tells the reader something the figure line does not (1300余处, 超50%).
  const compact = (v: string) => v.replace(/[\s,]/g, '');
  const plain = compact(written) === compact(`${stat.value}${stat.unit}`) || compact(written) === compact(formatValueWithUnit(stat.value, stat.unit, lang));
  const sentenceId = `zhc-sentence-${stat.id}`;
  // The sentence comes from the content script (`sentenceText`); without it the figure's own text
  // and subject are all there is, and no button promises more.
  const sentence = stat.sentenceText && stat.sentenceText.trim() ? stat.sentenceText : null;
  return (
    <li class="zhc-item zhc-figure">
      <button type="button" class="zhc-reveal" aria-label={t('revealFigure', { text: copyText })} onClick={() => onReveal(stat.id)}>
        <span class="zhc-figure-line" lang="zh">
          {approx.before.map(approxTag)}
          <span class="zhc-value">{value.digits}</span>
          {beforeScale.map(approxTag)}
          {value.scale && <span class="zhc-value zhc-scale">{value.scale}</span>}
          {afterScale.map(approxTag)}
          {unit && <span class={/^[%‰℃°]/.test(unit) ? 'zhc-unit zhc-unit-tight' : 'zhc-unit'}>{unit}</span>}
          {approx.after.map(approxTag)}
          {subject && (
            <>
              <span class="zhc-sep" aria-hidden="true">
                ·
              </span>
              <span class="zhc-subject">{subject}</span>
            </>
          )}
        </span>
        {value.full && <span class="zhc-full">{value.full}</span>}
        {!plain && <span class="zhc-written">{t('asWritten', { text: written })}</span>}
      </button>
      <span class="zhc-item-actions">
        {sentence !== null && (
          <button type="button" class="zhc-button zhc-quiet" aria-expanded={open} aria-controls={sentenceId} onClick={() => setOpen(!open)}>
            {open ? t('hideSentence') : t('showSentence')}
          </button>
        )}
        <button type="button" class="zhc-button zhc-quiet" aria-label={t('copyItem', { text: copyText })} onClick={() => onCopy(copyText)}>
          {t('copy')}
        </button>
      </span>
      {sentence !== null && (
        <div id={sentenceId} class="zhc-sentence" hidden={!open}>
          {open && <SentenceText sentence={sentence} offset={stat.start - stat.sentence.start} marks={[stat.shown, stat.text]} />}
        </div>
      )}
    </li>
  );
}
