import type { Migration } from "kysely";
import type { Dialect } from "../schema.js";
import { initialDomain } from "./20261122T0900-initial-domain.js";
import { agendaSnoozes } from "./20261122T1500-agenda-snoozes.js";
import { contactPartialIndexes } from "./20261122T1800-contact-partial-indexes.js";
import { outreachAndPreparation } from "./20261122T2000-outreach-and-preparation.js";
import { touchDueIndex } from "./20261206T0300-touch-due-index.js";
import { listIndexes } from "./20261206T0320-list-indexes.js";
import { contactSearchIndex } from "./20261206T0340-contact-search-index.js";
import { cohorts } from "./20261207T0500-cohorts.js";
import { searchDocuments } from "./20261208T0100-search-documents.js";
import { accounts } from "./20261208T0400-accounts.js";
import { alumniDirectory } from "./20261209T0100-alumni-directory.js";
import { thankYouPoint } from "./20261209T0500-thank-you-point.js";
import { searchByOwner } from "./20261209T1100-search-by-owner.js";
import { referralConversation } from "./20261209T1300-referral-conversation.js";
import { goalLearnPhrase } from "./20261210T0100-goal-learn-phrase.js";
import { searchPendingList } from "./20261210T0100-search-pending-list.js";
import { ownerDataVersions } from "./20261210T0900-owner-data-versions.js";
import { touchDueLiveIndex } from "./20261211T0100-touch-due-live-index.js";
import { contactsSortLiveIndex } from "./20261211T0200-contacts-sort-live-index.js";

/**
 * Every migration, in order, by its timestamped name. Forward-only: append new ones,
 * never rename, edit or remove one that has shipped.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "20261122T0900-initial-domain": initialDomain(dialect),
    "20261122T1500-agenda-snoozes": agendaSnoozes(dialect),
    "20261122T1800-contact-partial-indexes": contactPartialIndexes(),
    "20261122T2000-outreach-and-preparation": outreachAndPreparation(dialect),
    "20261206T0300-touch-due-index": touchDueIndex(dialect),
    "20261206T0320-list-indexes": listIndexes(),
    "20261206T0340-contact-search-index": contactSearchIndex(dialect),
    "20261207T0500-cohorts": cohorts(dialect),
    "20261208T0100-search-documents": searchDocuments(dialect),
    "20261208T0400-accounts": accounts(dialect),
    "20261209T0100-alumni-directory": alumniDirectory(dialect),
    "20261209T0500-thank-you-point": thankYouPoint(),
    "20261209T1100-search-by-owner": searchByOwner(dialect),
    "20261209T1300-referral-conversation": referralConversation(),
    "20261210T0100-goal-learn-phrase": goalLearnPhrase(),
    "20261210T0100-search-pending-list": searchPendingList(dialect),
    "20261210T0900-owner-data-versions": ownerDataVersions(dialect),
    "20261211T0100-touch-due-live-index": touchDueLiveIndex(),
    "20261211T0200-contacts-sort-live-index": contactsSortLiveIndex(),
  };
}
