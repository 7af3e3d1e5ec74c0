import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { checkEstimateTemplate } from "./check-estimate-template";
import type { EstimateTemplate } from "./estimate-schema";
import { generateEstimate } from "./generate-estimate";

type P = Record<string, number>;

/**
 * Every template's answer computed again by hand, in plain JS with the conversions written out
 * (KB = 10³ B, KiB = 2¹⁰ B, 8 bits a byte), independent of mathjs and of the template's steps.
 */
const INDEPENDENT: Record<string, (p: P) => number> = {
  // benchmark
  "benchmark-estimates-redis-nodes": (p) => Math.ceil(p.peak / (p.perNode * p.headroom)),
  "benchmark-estimates-mysql-cores": (p) => Math.ceil(p.qps / (p.perCore * p.headroom)),
  "benchmark-estimates-redis-one-connection": (p) => 1e6 / (p.rtt + p.svc),
  "benchmark-estimates-connection-memory": (p) => (p.conns * p.perConn * 1e3) / 1e9,
  "benchmark-estimates-redis-pipeline": (p) => (p.batch * 1e6) / (p.rtt + p.batch * p.svc),
  "benchmark-estimates-connections-per-box": (p) => Math.floor(((p.ram - p.reserved) * 1e9) / (p.perConn * 1e3)),
  "benchmark-estimates-websocket-egress": (p) => (p.conns * p.msgs * p.size * 8) / 1e9,
  "benchmark-estimates-copy-time": (p) => (p.size * 8) / (p.link * p.eff) / 60,
  "benchmark-estimates-latency-budget": (p) => p.calls * p.rtt + (p.reads * p.io) / 1000,
  "benchmark-estimates-mysql-disk-bound": (p) => p.iops / (p.missRate * p.pages),
  // design
  "design-estimates-photo-storage": (p) => (p.dau * p.photos * p.size * 1e3 * 365) / 1e15,
  "design-estimates-feed-fanout": (p) => (p.dau * p.posts * p.followers) / 86400,
  "design-estimates-feed-read-qps": (p) => ((p.dau * p.opens) / 86400) * p.peak,
  "design-estimates-short-url-storage": (p) => (p.urls * p.row * 365 * p.years) / 1e12,
  "design-estimates-short-url-keyspace": (p) => 62 ** p.chars / (p.rate * 86400 * 365),
  "design-estimates-short-url-redirect-qps": (p) => ((p.writes * p.ratio) / 86400) * p.peak,
  "design-estimates-leaderboard-memory": (p) => (p.players * p.perEntry) / 1e9,
  "design-estimates-leaderboard-writes": (p) => ((p.dau * p.games) / 86400) * p.peak,
  "design-estimates-moments-storage": (p) => (p.dau * p.share * p.photos * p.size * 1e3 * (1 + p.thumbs)) / 1e12,
  "design-estimates-timeline-cache": (p) => (p.users * p.n * 8 * 2) / 1e9,
  // distribute
  "distribute-estimates-fixed-window-memory": (p) => (p.users * p.perKey) / 1e9,
  "distribute-estimates-sliding-log-memory": (p) => (p.users * p.limit * p.perEntry) / 1e9,
  "distribute-estimates-consistent-hash-add": (p) => p.keys / (p.n + 1),
  "distribute-estimates-limiter-redis-nodes": (p) => Math.ceil((p.qps * p.ops) / (p.perNode * p.headroom)),
  "distribute-estimates-mod-n-moves": (p) => (p.keys * p.n) / (p.n + 1),
  "distribute-estimates-rebalance-time": (p) => (p.data * 1e12) / (p.n + 1) / (p.rate * 1e6) / 60,
  "distribute-estimates-ring-memory": (p) => (p.nodes * p.vnodes * p.entry) / 1e3,
  "distribute-estimates-replication-bandwidth": (p) => (p.writes * p.size * (p.rf - 1) * 8) / 1e9,
  // ds
  "ds-estimates-hot-set-cache": (p) => (p.items * p.hot * p.size * (1 + p.overhead)) / 1e9,
  "ds-estimates-cache-latency": (p) => p.hitLat + (1 - p.hit) * p.missLat,
  "ds-estimates-db-load": (p) => p.qps * (1 - p.hit),
  "ds-estimates-btree-fanout": (p) => Math.floor((p.page * 1024 * p.fill) / (p.key + 6)),
  "ds-estimates-btree-capacity": (p) => Math.floor(16384 / (p.key + 6)) ** (p.height - 1) * Math.floor(16384 / p.row),
  "ds-estimates-btree-height": (p) => Math.ceil(Math.log(Math.ceil(p.rows / p.perLeaf)) / Math.log(p.fanout)) + 1,
  "ds-estimates-hashmap-memory": (p) => (p.n * p.perEntry) / 1e9,
  "ds-estimates-lru-memory": (p) => (p.n * (p.key + p.value + 16 + p.slot)) / 1e9,
  "ds-estimates-bloom-filter": (p) => (p.n * (-Math.log(p.p) / Math.LN2 ** 2)) / 8 / 1e6,
  // live
  "live-estimates-stream-egress": (p) => (p.viewers * p.bitrate) / 1e3,
  "live-estimates-danmaku-qps": (p) => (p.viewers * p.senders) / p.interval,
  "live-estimates-danmaku-fanout": (p) => p.viewers * p.rate,
  "live-estimates-cdn-egress-month": (p) => ((p.viewers * p.bitrate * 1e6) / 8) * 30 * 86400 / 1e15,
  "live-estimates-cdn-cost": (p) => ((p.hours * 3600 * p.bitrate * 1e6) / 8 / 1e9) * p.price,
  "live-estimates-danmaku-batched-egress": (p) => (p.viewers * p.cap * p.size * 8) / (p.tick / 1000) / 1e9,
  "live-estimates-hls-requests": (p) => (p.viewers * 2) / p.seg,
  "live-estimates-transcode-output": (p) => (p.channels * (p.r1 + p.r2 + p.r3)) / 1e3,
  "live-estimates-recording-storage": (p) => ((p.channels * p.hours * 3600 * p.bitrate * 1e6) / 8) * p.days / 1e12,
};

const SEEDS = 60;

const { chapters } = loadContent();
const templates = chapters.flatMap((chapter) =>
  chapter.sections.flatMap((section) =>
    section.cards.flatMap((card) =>
      card.type === "estimate"
        ? [{ chapterId: chapter.id, template: { id: card.id, prompt: card.prompt, params: card.params, steps: card.steps, answer: card.answer, assumptions: card.assumptions } satisfies EstimateTemplate }]
        : [],
    ),
  ),
);

describe("estimation templates", () => {
  it("has 40+ templates across benchmark, design, distribute, ds and live, each with an independent check", () => {
    expect(templates.length).toBeGreaterThanOrEqual(40);
    for (const chapter of ["benchmark", "design", "distribute", "ds", "live"]) {
      expect(templates.filter((t) => t.chapterId === chapter).length, chapter).toBeGreaterThanOrEqual(8);
    }
    expect(templates.map((t) => t.template.id).sort()).toEqual(Object.keys(INDEPENDENT).sort());
  });

  it.each(templates.map((t) => [t.template.id, t.template] as const))("%s: the generator's answer matches a hand computation, for sane draws", (id, template) => {
    expect(checkEstimateTemplate(template)).toEqual([]);
    const independent = INDEPENDENT[id];
    const prompts = new Set<string>();
    for (let seed = 0; seed < SEEDS; seed++) {
      const q = generateEstimate(template, seed);
      for (const [name, value] of Object.entries(q.params)) {
        const p = template.params[name];
        if (p.values) expect(p.values).toContain(value);
        else {
          expect(value).toBeGreaterThanOrEqual(p.min!);
          expect(value).toBeLessThanOrEqual(p.max!);
          // On the grid: min + k·step for a whole k.
          const k = (value - p.min!) / p.step!;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
        }
      }
      const expected = independent(q.params);
      expect(q.answer / expected, `${id} seed ${seed} ${JSON.stringify(q.params)}`).toBeCloseTo(1, 9);
      expect(q.prompt).not.toMatch(/\{\w+\}/);
      expect(q.steps.length).toBe(template.steps.length);
      prompts.add(q.prompt);
    }
    // The numbers really change between reviews.
    expect(prompts.size).toBeGreaterThan(SEEDS / 4);
  });

  it("reproduces the same question from the same seed", () => {
    const { template } = templates[0];
    expect(generateEstimate(template, 42)).toEqual(generateEstimate(template, 42));
  });
});
