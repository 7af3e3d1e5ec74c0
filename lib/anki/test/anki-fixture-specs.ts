import { strToU8 } from "fflate";
import type { FixtureCollection, FixtureNoteType } from "./write-anki-fixture";

/** Anki's stock note types, with the templates Anki ships (rslib/src/notetype/stock.rs). */
export const STOCK = {
  basic: { id: 1600000000001, name: "Basic", kind: 0, fields: ["Front", "Back"], templates: [{ name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" }] },
  reversed: {
    id: 1600000000002, name: "Basic (and reversed card)", kind: 0, fields: ["Front", "Back"],
    templates: [
      { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
      { name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" },
    ],
  },
  optional: {
    id: 1600000000003, name: "Basic (optional reversed card)", kind: 0, fields: ["Front", "Back", "Add Reverse"],
    templates: [
      { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
      { name: "Card 2", qfmt: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" },
    ],
  },
  cloze: { id: 1600000000004, name: "Cloze", kind: 1, fields: ["Text", "Back Extra"], templates: [{ name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" }] },
  // Not a stock type: imported from its rendered templates. {{hint:…}} and {{tts …}} are filters we do not render.
  vocab: {
    id: 1600000000005, name: "Vocab (Go)", kind: 0, fields: ["Word", "Meaning", "Example", "Audio"],
    templates: [{ name: "Recognise", qfmt: "<div class=word>{{Word}}</div>{{Audio}}", afmt: "{{FrontSide}}<hr id=answer>{{Meaning}}{{#Example}}<br><i>{{Example}}</i>{{/Example}}{{hint:Example}}" }],
  },
} satisfies Record<string, FixtureNoteType>;

const DAY = 86_400_000;
export const CRT = 1_700_000_000; // collection creation, epoch seconds
const T0 = CRT * 1000;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const MP3 = strToU8("ID3\x03\x00fake mp3 frames");

/**
 * One of everything the importer must handle: basic, reversed, optional reversed (with and
 * without the reverse), cloze c1+c2, a custom note type, an image and a sound, a filtered deck
 * holding a card, and a review history with learn, review, relearn, manual and rescheduled rows.
 */
export function standardFixture(): FixtureCollection {
  const notes = [
    { id: T0 + 1, guid: "basicGuid1", mid: STOCK.basic.id, fields: ["What does <b>defer</b> run?", "The deferred call, when the function returns<br>(LIFO)"], tags: ["go", "defer"] },
    { id: T0 + 2, guid: "revGuid2", mid: STOCK.reversed.id, fields: ["goroutine", "a function running concurrently"], tags: [] },
    { id: T0 + 3, guid: "optGuid3", mid: STOCK.optional.id, fields: ["chan", "a typed pipe", "y"], tags: [] },
    { id: T0 + 4, guid: "optGuid4", mid: STOCK.optional.id, fields: ["mutex", "mutual exclusion lock", ""], tags: [] },
    { id: T0 + 5, guid: "clozeGuid5", mid: STOCK.cloze.id, fields: ["A {{c1::slice}} has a pointer, a {{c2::length::len}} and a {{c1::capacity}}.", "See <i>Go blog</i>"], tags: ["go::slices"] },
    { id: T0 + 6, guid: "vocabGuid6", mid: STOCK.vocab.id, fields: ["gopher", "Go's mascot <img src=\"gopher.png\">", "The gopher waves.", "[sound:gopher.mp3]"], tags: ["vocab"] },
  ];
  const newCard = (id: number, nid: number, ord: number, did = 1) => ({ id, nid, did, ord, type: 0, queue: 0, due: id % 1000, ivl: 0, factor: 0, reps: 0, lapses: 0 });
  const cards = [
    { id: T0 + 101, nid: T0 + 1, did: 1, ord: 0, type: 2, queue: 2, due: 40, ivl: 20, factor: 2500, reps: 5, lapses: 1 },
    newCard(T0 + 102, T0 + 2, 0, 2), newCard(T0 + 103, T0 + 2, 1, 2),
    newCard(T0 + 104, T0 + 3, 0), newCard(T0 + 105, T0 + 3, 1),
    newCard(T0 + 106, T0 + 4, 0),
    newCard(T0 + 107, T0 + 5, 0), newCard(T0 + 108, T0 + 5, 1),
    // In a filtered deck: its home deck is 2 and its home due 7.
    { ...newCard(T0 + 109, T0 + 6, 0, 3), odid: 2, odue: 7 },
  ];
  const cid = T0 + 101;
  const revlog = [
    { id: T0 + 1 * DAY, cid, ease: 3, ivl: -600, lastIvl: 0, factor: 0, time: 8000, type: 0 },
    { id: T0 + 1 * DAY + 600_000, cid, ease: 3, ivl: 1, lastIvl: -600, factor: 2500, time: 5000, type: 0 },
    { id: T0 + 2 * DAY, cid, ease: 3, ivl: 3, lastIvl: 1, factor: 2500, time: 4000, type: 1 },
    { id: T0 + 5 * DAY, cid, ease: 1, ivl: -600, lastIvl: 3, factor: 2300, time: 12000, type: 1 },
    { id: T0 + 5 * DAY + 700_000, cid, ease: 3, ivl: 1, lastIvl: -600, factor: 2300, time: 6000, type: 2 },
    // A "set due date": Anki logs it as type 5 with ease 0.
    { id: T0 + 6 * DAY, cid, ease: 0, ivl: 4, lastIvl: 1, factor: 2300, time: 0, type: 5 },
    { id: T0 + 10 * DAY, cid, ease: 4, ivl: 20, lastIvl: 4, factor: 2450, time: 3000, type: 1 },
  ];
  return {
    crt: CRT,
    decks: [{ id: 1, name: "Default" }, { id: 2, name: "Go::Concurrency" }, { id: 3, name: "Filtered Deck 1", filtered: true }],
    noteTypes: Object.values(STOCK),
    notes, cards, revlog,
    media: [{ name: "gopher.png", bytes: PNG }, { name: "gopher.mp3", bytes: MP3 }],
  };
}

/** n basic notes with one card and two reviews each: the import size the issue asks for. */
export function largeFixture(n: number): FixtureCollection {
  const notes = [];
  const cards = [];
  const revlog = [];
  for (let i = 0; i < n; i++) {
    notes.push({ id: T0 + i, guid: `g${i}`, mid: STOCK.basic.id, fields: [`Question ${i} about <b>Go</b>`, `Answer ${i}`], tags: ["bulk"] });
    cards.push({ id: T0 + i, nid: T0 + i, did: 1, ord: 0, type: 2, queue: 2, due: 30, ivl: 10, factor: 2500, reps: 2, lapses: 0 });
    revlog.push({ id: T0 + DAY + i * 2, cid: T0 + i, ease: 3, ivl: 1, lastIvl: 0, factor: 2500, time: 4000, type: 0 });
    revlog.push({ id: T0 + 3 * DAY + i * 2, cid: T0 + i, ease: 3, ivl: 10, lastIvl: 1, factor: 2500, time: 3000, type: 1 });
  }
  return { crt: CRT, decks: [{ id: 1, name: "Default" }], noteTypes: [STOCK.basic], notes, cards, revlog, media: [] };
}
