import { describe, expect, it } from "vitest";
import { renderCard } from "../content/render-card";
import { cardSchema } from "../content/schema";
import { mapAnkiNotes, type MappedAnkiCard } from "./map-anki-notes";
import { readAnkiPackage } from "./read-anki-package";
import { standardFixture } from "./test/anki-fixture-specs";
import { buildFixturePackage } from "./test/write-anki-fixture";

/** Through the real content schema and renderer, as review will show it. */
function render(card: MappedAnkiCard) {
  const base = { id: "imported-card", explanation: card.content.explanation || "-", interview: { frequency: "low", difficulty: "easy" } };
  return renderCard(cardSchema.parse({ ...base, ...card.content, explanation: base.explanation }));
}

describe("mapAnkiNotes", async () => {
  const fixture = standardFixture();
  const model = readAnkiPackage(await buildFixturePackage(fixture, "anki21b"));
  const { cards, skipped } = mapAnkiNotes(model);
  const byGuid = (guid: string) => cards.filter((c) => c.noteGuid === guid).sort((a, b) => a.ord - b.ord);

  it("keeps every card Anki generated: reversed gives two, optional reversed only when asked, cloze one per number", () => {
    expect(cards).toHaveLength(9);
    expect(byGuid("revGuid2").map((c) => c.content)).toEqual([
      { type: "basic", front: "<div>goroutine</div>", back: "<div>a function running concurrently</div>", explanation: "" },
      { type: "basic", front: "<div>a function running concurrently</div>", back: "<div>goroutine</div>", explanation: "" },
    ]);
    expect(byGuid("optGuid3")).toHaveLength(2);
    expect(byGuid("optGuid4")).toHaveLength(1);
    expect(byGuid("revGuid2")[0]).toMatchObject({ deckName: "Go::Concurrency", noteTypeName: "Basic (and reversed card)" });
  });

  it("maps Anki HTML to sanitized content the renderer shows as Anki does", () => {
    const [basic] = byGuid("basicGuid1");
    expect(basic.content).toEqual({ type: "basic", front: "<div>What does <strong>defer</strong> run?</div>", back: "<div>The deferred call, when the function returns<br />(LIFO)</div>", explanation: "" });
    expect(basic.tags).toEqual(["go", "defer"]);
    expect(basic.scheduling).toMatchObject({ type: 2, queue: 2, ivl: 20, reps: 5, lapses: 1 });
    expect(render(basic).prompt).toBe("<div>What does <strong>defer</strong> run?</div>");
  });

  it("turns c1 and c2 into two cloze cards, each hiding only its own number", () => {
    const [c1, c2] = byGuid("clozeGuid5");
    expect(c1.content).toEqual({ type: "cloze", text: "<div>A {{slice}} has a pointer, a length and a {{capacity}}.</div>", explanation: "<div>See <em>Go blog</em></div>" });
    expect(c2.content).toMatchObject({ text: "<div>A slice has a pointer, a {{length::len}} and a capacity.</div>" });
    const shown = render(c2);
    expect(shown.prompt).toContain('<span class="cloze-blank" aria-label="blank: len">[len]</span>');
    expect(shown.prompt).toContain("A slice has");
    expect(shown.answer).toContain('<mark class="cloze-answer">length</mark>');
  });

  it("imports an unknown note type from its rendered templates, keeping media and skipping unsupported filters with a reason", () => {
    const [vocab] = byGuid("vocabGuid6");
    expect(vocab.content.type).toBe("basic");
    if (vocab.content.type !== "basic") return;
    expect(vocab.content.front).toBe('<div><div>gopher</div><audio src="gopher.mp3" controls preload="none"></audio></div>');
    expect(vocab.content.back).toBe('<div>Go\'s mascot <img src="gopher.png" /><br /><em>The gopher waves.</em></div>');
    expect(vocab.media.sort()).toEqual(["gopher.mp3", "gopher.png"]);
    expect(vocab.deckId).toBe(2);
    expect(skipped).toEqual([{ noteGuid: "vocabGuid6", ankiCardId: vocab.ankiCardId, scope: "part", code: "filter", params: { tag: "{{hint:Example}}", filter: "hint" }, reason: '{{hint:Example}}: the "hint" filter is not supported' }]);
    expect(render(vocab).prompt).toContain("<audio");
  });

  it("skips what it cannot express, each with its reason", () => {
    const broken = {
      ...model,
      notes: [
        { id: 1, guid: "noType", noteTypeId: 999, fields: ["a"], tags: [] },
        { id: 2, guid: "nested", noteTypeId: model.noteTypes.find((t) => t.kind === 1)!.id, fields: ["{{c1::outer {{c2::inner}}}}", ""], tags: [] },
        { id: 3, guid: "missingOrd", noteTypeId: model.noteTypes.find((t) => t.kind === 1)!.id, fields: ["only {{c1::one}} {{literal}}", ""], tags: [] },
      ],
      cards: [
        { id: 11, noteId: 1, ord: 0, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 },
        { id: 12, noteId: 2, ord: 0, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 },
        { id: 13, noteId: 3, ord: 0, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 },
        { id: 14, noteId: 3, ord: 1, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 },
      ],
    };
    const result = mapAnkiNotes(broken);
    expect(result.skipped.map((s) => [s.noteGuid, s.scope, s.reason])).toEqual([
      ["noType", "note", "note type 999 is missing from the package"],
      ["nested", "card", "nested clozes cannot be expressed in our cloze syntax"],
      ["missingOrd", "card", "the text has no c2 cloze (Anki shows this card empty)"],
    ]);
    // A literal {{…}} in cloze text is not one of our blanks.
    expect(result.cards.map((c) => c.content)).toEqual([{ type: "cloze", text: "<div>only {{one}} {&#123;literal}&#125;</div>", explanation: "" }]);
    expect(render(result.cards[0]).prompt).toContain("{{literal}}");
  });

  it("imports Basic (type in the answer) as question → answer, the answer being what follows <hr id=answer>", () => {
    const typeIn = { id: 77, name: "Basic (type in the answer)", kind: 0 as const, fields: ["Front", "Back"], templates: [{ name: "Card 1", ord: 0, qfmt: "{{Front}}\n\n{{type:Back}}", afmt: "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}" }] };
    const result = mapAnkiNotes({
      ...model, noteTypes: [typeIn],
      notes: [{ id: 1, guid: "typeIn", noteTypeId: 77, fields: ["Capital of France?", "Paris"], tags: [] }],
      cards: [{ id: 9, noteId: 1, ord: 0, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 }],
    });
    expect(result.cards.map((c) => c.content)).toEqual([{ type: "basic", front: "<div>Capital of France?</div>", back: "<div>Paris</div>", explanation: "" }]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["{{type:Back}}: typing the answer is not supported (the answer is shown instead)"]);
  });
});
