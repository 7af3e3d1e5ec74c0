"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type Props = {
  initial: string;
  onChange: (code: string) => void;
  onRun: () => void;
  onSubmit: () => void;
  /** bump to replace the editor's content (reset to starter) */
  resetKey: number;
  resetTo: string;
};

/**
 * CodeMirror 6 with TypeScript highlighting in the app's colours (CSS variables, so dark
 * mode follows the page). Loaded lazily: the editor's ~150 KB never delays the prompt.
 * Ctrl/Cmd+Enter runs the examples, Ctrl/Cmd+Shift+Enter submits.
 */
export function CodeEditor({ initial, onChange, onRun, onSubmit, resetKey, resetTo }: Props) {
  const loadingLabel = useTranslations("exercises")("loadingEditor");
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<import("@codemirror/view").EditorView | null>(null);
  const handlers = useRef({ onChange, onRun, onSubmit });
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    handlers.current = { onChange, onRun, onSubmit };
  }, [onChange, onRun, onSubmit]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [{ basicSetup }, { EditorView, keymap }, { EditorState, Prec }, { javascript }, { HighlightStyle, syntaxHighlighting }, { tags }, { indentWithTab }] = await Promise.all([
        import("codemirror"),
        import("@codemirror/view"),
        import("@codemirror/state"),
        import("@codemirror/lang-javascript"),
        import("@codemirror/language"),
        import("@lezer/highlight"),
        import("@codemirror/commands"),
      ]);
      if (cancelled || !host.current) return;
      const highlight = HighlightStyle.define([
        { tag: [tags.keyword, tags.controlKeyword, tags.modifier], color: "var(--cm-keyword)" },
        { tag: [tags.string, tags.special(tags.string)], color: "var(--cm-string)" },
        { tag: [tags.number, tags.bool, tags.null], color: "var(--cm-number)" },
        { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--cm-comment)", fontStyle: "italic" },
        { tag: [tags.typeName, tags.className], color: "var(--cm-type)" },
        { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "var(--cm-function)" },
      ]);
      const theme = EditorView.theme({
        "&": { backgroundColor: "var(--cm-bg)", color: "var(--cm-fg)", fontSize: "14px", height: "100%" },
        ".cm-content": { fontFamily: "var(--font-mono)", caretColor: "var(--cm-fg)" },
        ".cm-gutters": { backgroundColor: "var(--cm-gutter)", color: "var(--cm-comment)", border: "none" },
        ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--cm-active)" },
        "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--cm-selection) !important" },
        ".cm-scroller": { overflow: "auto" },
      });
      const shortcuts = Prec.highest(
        keymap.of([
          { key: "Mod-Enter", run: () => (handlers.current.onRun(), true) },
          { key: "Mod-Shift-Enter", run: () => (handlers.current.onSubmit(), true) },
          indentWithTab,
        ]),
      );
      view.current = new EditorView({
        parent: host.current,
        state: EditorState.create({
          doc: initial,
          extensions: [
            basicSetup,
            javascript({ typescript: true }),
            syntaxHighlighting(highlight),
            theme,
            shortcuts,
            EditorView.contentAttributes.of({ "aria-label": "Solution code (TypeScript)" }),
            EditorView.updateListener.of((u) => {
              if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
            }),
          ],
        }),
      });
      setLoaded(true);
    })();
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
    // The editor is created once; later `initial` values must not recreate it (that would lose the cursor).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || resetKey === 0) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: resetTo } });
  }, [resetKey, resetTo]);

  return (
    <div className="relative h-[28rem] overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700 lg:h-[36rem]" data-testid="code-editor">
      {!loaded && <p className="absolute inset-0 grid place-items-center text-sm text-slate-500">{loadingLabel}</p>}
      <div ref={host} className="h-full" />
    </div>
  );
}
