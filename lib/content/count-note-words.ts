/**
 * Han characters per English word in translated technical prose (the usual zh:en ratio is
 * 1.5–1.8 characters a word; English terms kept in the Chinese count as words themselves).
 */
export const HAN_PER_WORD = 1.7;

/** A note's closing `## Sources` list: cited titles and URLs, not prose, so not counted. */
const SOURCES_HEADING = /^##\s+(sources|参考资料)\s*$/i;
const HEADING = /^#{1,2}\s/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Returns the note without a trailing `## Sources` section. "Trailing" means no level-1 or
 * level-2 heading follows it, so a Sources heading in the middle of a note still counts.
 * Headings inside fenced code are ignored.
 */
export function stripTrailingSources(markdown: string): string {
  const lines = markdown.split("\n");
  let inFence = false;
  let sourcesAt = -1;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !HEADING.test(line)) return;
    sourcesAt = SOURCES_HEADING.test(line.trim()) ? i : -1;
  });
  return sourcesAt < 0 ? markdown : lines.slice(0, sourcesAt).join("\n");
}

/**
 * Words of a note's body: fenced code and a trailing `## Sources` section are excluded.
 * Everything but Han characters splits on white space; Han characters count {@link HAN_PER_WORD}
 * to a word, so a note and its Chinese translation land on about the same count and one
 * 150–500 range serves both languages.
 */
export function countNoteWords(markdown: string): number {
  const prose = stripTrailingSources(markdown).replace(/```[\s\S]*?```/g, " ");
  const han = prose.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return Math.round(han / HAN_PER_WORD) + prose.replace(/[\u3400-\u9fff]/g, " ").split(/\s+/).filter((w) => /\w/.test(w)).length;
}
