/**
 * Puts `text` on the clipboard from an extension document (Chrome's offscreen document): a field
 * of its own, selected, and the copy command, which the clipboardWrite permission allows without a
 * reader's gesture. The Clipboard API would need the document to have focus, which an offscreen
 * document never has.
 */
export function copyWithCommand(doc: Document, text: string): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  doc.body.append(field);
  field.select();
  try {
    return doc.execCommand('copy');
  } finally {
    field.remove();
  }
}
