export interface SentenceTextProps {
  sentence: string;
  /** Where the mention starts inside the sentence (mention start minus sentence start). */
  offset: number;
  /** Forms the mention may take in the sentence (as shown now, as written originally). */
  marks: readonly string[];
}

/** A sentence with its mention marked; falls back to the plain sentence when offsets do not line up. */
export function SentenceText({ sentence, offset, marks }: SentenceTextProps) {
  const mark = marks.find((m) => m.length > 0 && offset >= 0 && sentence.slice(offset, offset + m.length) === m);
  if (mark === undefined) return <p lang="zh">{sentence}</p>;
  return (
    <p lang="zh">
      {sentence.slice(0, offset)}
      <mark>{mark}</mark>
      {sentence.slice(offset + mark.length)}
    </p>
  );
}
