export interface SentenceTextProps {
  sentence: string;
  /** Where the mention starts inside the sentence (mention start minus sentence start), if known. */
  offset: number;
  /** Forms the mention may take in the sentence (as shown now, as written originally). */
  marks: readonly string[];
}

/** Where to mark: at the offset when it lines up, else the first place a form of the mention occurs. */
function findMark(sentence: string, offset: number, marks: readonly string[]): { at: number; text: string } | null {
  const forms = marks.filter((m) => m.length > 0);
  for (const m of forms) if (offset >= 0 && sentence.slice(offset, offset + m.length) === m) return { at: offset, text: m };
  // The sentence may be trimmed or converted (lengths can change): find the mention instead.
  for (const m of forms) {
    const at = sentence.indexOf(m);
    if (at >= 0) return { at, text: m };
  }
  return null;
}

/** A sentence with its mention marked; the plain sentence when the mention cannot be found in it. */
export function SentenceText({ sentence, offset, marks }: SentenceTextProps) {
  const mark = findMark(sentence, offset, marks);
  if (mark === null) return <p lang="zh">{sentence}</p>;
  return (
    <p lang="zh">
      {sentence.slice(0, mark.at)}
      <mark>{mark.text}</mark>
      {sentence.slice(mark.at + mark.text.length)}
    </p>
  );
}
