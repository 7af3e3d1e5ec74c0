/** A note's closing `## Sources` list: cited titles and URLs, not prose, so not counted. */
const SOURCES_HEADING = /^##\s+sources\s*$/i;
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
 * CJK characters count one word each; everything else splits on white space.
 */
export function countNoteWords(markdown: string): number {
  const prose = stripTrailingSources(markdown).replace(/```[\s\S]*?```/g, " ");
  const cjk = prose.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return cjk + prose.replace(/[\u3400-\u9fff]/g, " ").split(/\s+/).filter((w) => /\w/.test(w)).length;
}
