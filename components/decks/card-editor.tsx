"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CardAnswer } from "@/components/card-face";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui";
import { api, ApiError } from "@/lib/client/api";
import type { CardSource, OwnCardType } from "@/lib/cards/card-source";
import type { RenderedCard } from "@/lib/content/render-card";
import { wrapCloze } from "@/lib/cards/wrap-cloze";
import { useHydrated } from "../use-hydrated";

type Deck = { id: string; name: string };
type Option = { text: string; correct: boolean; why: string };
export type EditorInitial = { id: string; deckId: string; source: CardSource; tags: string[] };

const emptyOptions = (): Option[] => [
  { text: "", correct: true, why: "" },
  { text: "", correct: false, why: "" },
];

/**
 * Writes or edits an own card in markdown, with a live preview rendered by the server's
 * content renderer (the same HTML review shows). Ctrl+Enter saves and starts the next card;
 * Ctrl+Shift+C wraps the selection in a cloze.
 */
export function CardEditor({ decks, deckId, initial }: { decks: Deck[]; deckId?: string; initial?: EditorInitial }) {
  const t = useTranslations("cards");
  const router = useRouter();
  const start = initial?.source;
  const hydrated = useHydrated();
  const [deck, setDeck] = useState(initial?.deckId ?? deckId ?? decks[0]?.id ?? "");
  const [type, setType] = useState<OwnCardType>(start?.type ?? "basic");
  const [front, setFront] = useState(start?.type === "basic" ? start.front : "");
  const [back, setBack] = useState(start?.type === "basic" ? start.back : "");
  const [text, setText] = useState(start?.type === "cloze" ? start.text : "");
  const [question, setQuestion] = useState(start?.type === "mcq" ? start.question : "");
  const [options, setOptions] = useState<Option[]>(start?.type === "mcq" ? start.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why ?? "" })) : emptyOptions());
  const [explanation, setExplanation] = useState(start?.explanation ?? "");
  const [tags, setTags] = useState((initial?.tags ?? []).join(" "));
  const [preview, setPreview] = useState<RenderedCard | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);

  const source = (): CardSource => {
    if (type === "cloze") return { type, text, explanation };
    if (type === "mcq") return { type, question, multiAnswer: options.filter((o) => o.correct).length > 1, options: options.map((o) => ({ text: o.text, correct: o.correct, ...(o.why.trim() ? { why: o.why } : {}) })), explanation };
    return { type, front, back, explanation };
  };
  const draft = JSON.stringify(source());

  // Live preview, debounced: the server renders the draft exactly as a saved card.
  useEffect(() => {
    const timer = setTimeout(() => {
      api
        .post<{ content: RenderedCard }>("/api/cards/preview", { source: JSON.parse(draft) })
        .then((r) => {
          setPreview(r.content);
          setPreviewError(null);
        })
        .catch((e: unknown) => setPreviewError(e instanceof ApiError ? e.message : String(e)));
    }, 250);
    return () => clearTimeout(timer);
  }, [draft]);

  const tagList = () => tags.split(/[\s,]+/).filter(Boolean);

  async function save() {
    setError(null);
    try {
      if (initial) {
        const body = { source: source(), tags: tagList(), deckId: deck };
        try {
          await api.patch(`/api/cards/${initial.id}`, body);
        } catch (e) {
          if (!(e instanceof ApiError && e.code === "CARD_TYPE_CHANGE_NEEDS_RESET")) throw e;
          if (!window.confirm(t("typeChangeConfirm"))) return;
          await api.patch(`/api/cards/${initial.id}`, { ...body, confirmReset: true });
        }
        router.push(`/cards/new?deck=${deck}`);
        return;
      }
      await api.post("/api/cards", { deckId: deck, source: source(), tags: tagList() });
      // Start the next card: same deck, type and tags; empty fields.
      setFront("");
      setBack("");
      setText("");
      setQuestion("");
      setOptions(emptyOptions());
      setExplanation("");
      setStatus(t("savedNext"));
      firstField.current?.focus();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
      return;
    }
    const target = e.target;
    if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === "c" && target instanceof HTMLTextAreaElement) {
      e.preventDefault();
      const { text: next, caret } = wrapCloze(target.value, target.selectionStart, target.selectionEnd);
      const setter = { "card-text": setText, "card-front": setFront, "card-back": setBack, "card-question": setQuestion, "card-explanation": setExplanation }[target.id];
      if (!setter) return;
      setter(next);
      requestAnimationFrame(() => target.setSelectionRange(caret, caret));
    }
  }

  const area = (id: string, label: string, value: string, set: (v: string) => void, first = false, rows = 4) => (
    <div>
      <label className={labelClass} htmlFor={id}>{label}</label>
      <textarea id={id} ref={first ? firstField : undefined} className={`${inputClass} font-mono text-sm`} rows={rows} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={!hydrated} className="min-w-0 space-y-3">
        <div className="flex gap-3">
          <div className="flex-1">
            <label className={labelClass} htmlFor="card-deck">{t("deck")}</label>
            <select id="card-deck" className={inputClass} value={deck} onChange={(e) => setDeck(e.target.value)}>
              {decks.map((d) => (
                <option key={d.id} value={d.id}>{d.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label className={labelClass} htmlFor="card-type">{t("type")}</label>
            <select id="card-type" className={inputClass} value={type} onChange={(e) => setType(e.target.value as OwnCardType)}>
              <option value="basic">{t("basic")}</option>
              <option value="cloze">{t("cloze")}</option>
              <option value="mcq">{t("mcq")}</option>
            </select>
          </div>
        </div>
        {type === "basic" && (
          <>
            {area("card-front", t("front"), front, setFront, true)}
            {area("card-back", t("back"), back, setBack)}
          </>
        )}
        {type === "cloze" && area("card-text", t("clozeText", { answer: "{{answer}}", hint: "{{answer::hint}}" }), text, setText, true, 6)}
        {type === "mcq" && (
          <>
            {area("card-question", t("question"), question, setQuestion, true)}
            <fieldset className="space-y-2">
              <legend className={labelClass}>{t("optionsLegend")}</legend>
              {options.map((o, i) => (
                <div key={i} className="flex gap-2">
                  <input type="checkbox" aria-label={t("optionCorrect", { n: i + 1 })} checked={o.correct} onChange={(e) => setOptions(options.map((x, j) => (j === i ? { ...x, correct: e.target.checked } : x)))} />
                  <input aria-label={t("option", { n: i + 1 })} className={inputClass} value={o.text} onChange={(e) => setOptions(options.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
                  <input aria-label={t("whyOption", { n: i + 1 })} placeholder={t("whyPlaceholder")} className={inputClass} value={o.why} onChange={(e) => setOptions(options.map((x, j) => (j === i ? { ...x, why: e.target.value } : x)))} />
                </div>
              ))}
              {options.length < 6 && (
                <button type="button" className={secondaryButton} onClick={() => setOptions([...options, { text: "", correct: false, why: "" }])}>{t("addOption")}</button>
              )}
            </fieldset>
          </>
        )}
        {area("card-explanation", t("explanation"), explanation, setExplanation, false, 3)}
        <div>
          <label className={labelClass} htmlFor="card-tags">{t("tagsLabel")}</label>
          <input id="card-tags" className={inputClass} value={tags} onChange={(e) => setTags(e.target.value)} />
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className={primaryButton} disabled={!deck}>{initial ? t("save") : t("saveNext")} <kbd className="text-xs opacity-75">Ctrl+Enter</kbd></button>
          {status && <span role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{status}</span>}
        </div>
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
        </fieldset>
      </form>
      <section aria-label={t("preview")} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid="card-preview">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t("preview")}</h2>
        {previewError ? (
          <p className="text-sm text-slate-500">{previewError}</p>
        ) : preview ? (
          <>
            <div className="md" data-testid="preview-prompt" dangerouslySetInnerHTML={{ __html: preview.prompt }} />
            <hr className="border-slate-200 dark:border-slate-800" />
            <CardAnswer content={preview} />
          </>
        ) : null}
      </section>
    </div>
  );
}
