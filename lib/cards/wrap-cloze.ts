/** Ctrl+Shift+C: the selection (or an empty blank at the caret) wrapped in a cloze `{{…}}`. Pure. */
export function wrapCloze(text: string, start: number, end: number): { text: string; caret: number } {
  const selected = text.slice(start, end);
  const wrapped = `{{${selected}}}`;
  return { text: text.slice(0, start) + wrapped + text.slice(end), caret: start + (selected ? wrapped.length : 2) };
}
