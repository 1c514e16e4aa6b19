// What works for me: my own record's figures, read in a handful of grouped queries.
import { type AnalyticsInput, buildAnalytics, INTRODUCERS_SHOWN } from "../core/analytics.js";
import type { Analytics } from "../core/analytics.schema.js";
import { habitReadSince } from "../core/habit.js";
import { type ServiceContext, withReadSnapshot } from "./context.js";
import { getSettings } from "./settings.service.js";

export function getAnalytics(ctx: ServiceContext): Promise<Analytics> {
  // One consistent snapshot: the funnel and the rates are read from the same moment's data.
  return withReadSnapshot(ctx, async (tx) => {
    const now = tx.clock.now();
    const { analytics, agenda, exchanges } = tx.repos;
    const settings = await getSettings(tx);
    const traces = await analytics.conversationTraces();
    const sentAt = await analytics.requestTimes();
    const byTemplate = await analytics.requestsByTemplate();
    const byChannel = await analytics.requestsByChannel();
    const bySource = await analytics.requestsBySource();
    const replyTimes = await analytics.replyTimes();
    const templateNames = await analytics.templateNames();
    const heldAt = await agenda.heldSince(habitReadSince(now));
    const sources = await analytics.sources();
    const introducers = await analytics.introducers(INTRODUCERS_SHOWN);
    const giveBack = await exchanges.giveBackCandidates();
    const goals = await analytics.goals();
    const input: AnalyticsInput = {
      now,
      userZone: settings.timeZone,
      habitPerWeek: settings.habitPerWeek,
      traces,
      requests: { sentAt, byTemplate, byChannel, bySource, replyTimes, templateNames },
      heldAt,
      sources,
      introducers,
      giveBack,
      goals,
    };
    return buildAnalytics(input);
  });
}
