import { useLocale, useTranslations } from "next-intl";
import type { CardInfo } from "@/lib/cards/get-card-info";

const W = 560;
const H = 160;
const PAD = 28;

/** The card's predicted recall over time (ts-fsrs forgetting curve) with each review marked. */
export function RecallChart({ info }: { info: CardInfo }) {
  const t = useTranslations("cards");
  const locale = useLocale();
  if (info.curve.length < 2) return <p className="text-sm text-slate-500">{t("noCurve")}</p>;
  const times = info.curve.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => PAD + ((t - t0) / Math.max(1, t1 - t0)) * (W - 2 * PAD);
  const y = (r: number) => H - PAD - (H - 2 * PAD) * r;
  const points = info.curve.map((p) => `${x(Date.parse(p.at)).toFixed(1)},${y(p.recall).toFixed(1)}`).join(" ");
  const colors: Record<string, string> = { Again: "#dc2626", Hard: "#d97706", Good: "#059669", Easy: "#0284c7" };
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={t("curveLabel")} data-testid="recall-chart">
      <line x1={PAD} y1={y(0)} x2={W - PAD} y2={y(0)} stroke="currentColor" strokeOpacity={0.3} />
      <line x1={PAD} y1={y(1)} x2={PAD} y2={y(0)} stroke="currentColor" strokeOpacity={0.3} />
      <text x={4} y={y(1) + 4} fontSize={10} fill="currentColor">100%</text>
      <text x={4} y={y(0.5) + 4} fontSize={10} fill="currentColor">50%</text>
      <line x1={PAD} y1={y(0.9)} x2={W - PAD} y2={y(0.9)} stroke="currentColor" strokeOpacity={0.15} strokeDasharray="4 4" />
      <polyline points={points} fill="none" stroke="#6366f1" strokeWidth={2} />
      {info.reviews.map((r) => (
        <circle key={r.id} cx={x(Date.parse(r.at))} cy={y(1)} r={4} fill={colors[r.ratingName] ?? "#64748b"}>
          <title>{`${new Date(r.at).toLocaleString(locale)}: ${r.ratingName}`}</title>
        </circle>
      ))}
      <text x={PAD} y={H - 6} fontSize={10} fill="currentColor">{new Date(t0).toLocaleDateString()}</text>
      <text x={W - PAD} y={H - 6} fontSize={10} fill="currentColor" textAnchor="end">{new Date(t1).toLocaleDateString()}</text>
    </svg>
  );
}
