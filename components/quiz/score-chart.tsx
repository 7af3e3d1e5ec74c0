import { useTranslations } from "next-intl";
type Point = { id: string; date: string; label: string; percent: number; detail: string };

const W = 600;
const H = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

/**
 * Quiz scores over time as a small SVG line chart. Each point has a <title> tooltip; the
 * chart describes itself, and the history table next to it is the full text alternative.
 */
export function ScoreChart({ points, tableId }: { points: Point[]; tableId: string }) {
  const t = useTranslations("quiz");
  if (points.length === 0) return null;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
  const last = points[points.length - 1];
  const best = Math.max(...points.map((p) => p.percent));
  return (
    <figure className="mt-4 max-w-2xl">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full text-brand-600 dark:text-brand-100" role="img" aria-labelledby="score-chart-title score-chart-desc" aria-describedby={tableId} data-testid="score-chart">
        <title id="score-chart-title">{t("chartTitle")}</title>
        <desc id="score-chart-desc">{`${points.length} quizzes; latest ${last.percent}%, best ${best}%. The table below lists every quiz.`}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200 dark:stroke-slate-700" strokeDasharray={tick === 0 ? undefined : "4 4"} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">{tick}%</text>
          </g>
        ))}
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" />
        {points.map((p, i) => (
          <circle key={p.id} cx={x(i)} cy={y(p.percent)} r={5} className="fill-white stroke-current dark:fill-slate-900" strokeWidth={2}>
            <title>{`${p.label}: ${p.percent}% (${p.detail})`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 6} className="fill-slate-500 text-[11px]">{points[0].label}</text>
        {points.length > 1 && <text x={W - PAD.right} y={H - 6} textAnchor="end" className="fill-slate-500 text-[11px]">{last.label}</text>}
      </svg>
      <figcaption className="sr-only">{t("chartCaption")}</figcaption>
    </figure>
  );
}
