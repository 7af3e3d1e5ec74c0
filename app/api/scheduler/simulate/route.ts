import { db } from "@/lib/db.server";
import { parseInput } from "@/lib/errors";
import { authedRoute, readJson } from "@/lib/http.server";
import { getSimulationInput } from "@/lib/scheduler/get-simulation-input";
import { simulateRetention } from "@/lib/scheduler/simulate-retention";
import { simulateInputSchema } from "@/lib/scheduler/simulate-schemas";

/** The learner as the simulator sees them: the browser runs the same simulation in a Web Worker. */
export const GET = authedRoute(async ({ userId }) => ({ input: await getSimulationInput(db, userId) }));

export const POST = authedRoute(async ({ request, userId }) => {
  const { retentions, days } = parseInput(simulateInputSchema, await readJson(request));
  const input = await getSimulationInput(db, userId);
  return { series: retentions.map((retention) => simulateRetention(input, retention, days)) };
});
