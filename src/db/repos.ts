// Every repository of one user, bound to one owner scope (a connection or a transaction).
import { AccountRepository } from "./account.repository.js";
import { AgendaRepository } from "./agenda.repository.js";
import { AlumniRepository } from "./alumni.repository.js";
import { AnalyticsRepository } from "./analytics.repository.js";
import { BackupRepository } from "./backup.repository.js";
import { CohortsRepository } from "./cohorts.repository.js";
import { ContactsRepository } from "./contacts.repository.js";
import { ConversationQuestionsRepository } from "./conversation-questions.repository.js";
import { ConversationsRepository } from "./conversations.repository.js";
import { ExchangesRepository } from "./exchanges.repository.js";
import { FeedTokensRepository } from "./feed-tokens.repository.js";
import { GoalsRepository } from "./goals.repository.js";
import { ImportRepository } from "./import.repository.js";
import { InsightsRepository } from "./insights.repository.js";
import { InteractionsRepository } from "./interactions.repository.js";
import { MessagesRepository } from "./messages.repository.js";
import { NetworkRepository } from "./network.repository.js";
import { OrganizationsRepository } from "./organizations.repository.js";
import { OutboxRepository } from "./outbox.repository.js";
import { ProgressRepository } from "./progress.repository.js";
import { QuestionsRepository } from "./questions.repository.js";
import type { OwnerScope } from "./scope.js";
import { SearchRepository } from "./search.repository.js";
import { SettingsRepository } from "./settings.repository.js";
import { TagsRepository } from "./tags.repository.js";
import { TasksRepository } from "./tasks.repository.js";
import { TemplatesRepository } from "./templates.repository.js";

export interface Repos {
  account: AccountRepository;
  agenda: AgendaRepository;
  alumni: AlumniRepository;
  analytics: AnalyticsRepository;
  backup: BackupRepository;
  cohorts: CohortsRepository;
  contacts: ContactsRepository;
  conversationQuestions: ConversationQuestionsRepository;
  conversations: ConversationsRepository;
  exchanges: ExchangesRepository;
  feedTokens: FeedTokensRepository;
  goals: GoalsRepository;
  imports: ImportRepository;
  insights: InsightsRepository;
  interactions: InteractionsRepository;
  messages: MessagesRepository;
  network: NetworkRepository;
  organizations: OrganizationsRepository;
  outbox: OutboxRepository;
  progress: ProgressRepository;
  questions: QuestionsRepository;
  search: SearchRepository;
  settings: SettingsRepository;
  tags: TagsRepository;
  tasks: TasksRepository;
  templates: TemplatesRepository;
}

export function createRepos(scope: OwnerScope): Repos {
  return {
    account: new AccountRepository(scope),
    agenda: new AgendaRepository(scope),
    alumni: new AlumniRepository(scope),
    analytics: new AnalyticsRepository(scope),
    backup: new BackupRepository(scope),
    cohorts: new CohortsRepository(scope),
    contacts: new ContactsRepository(scope),
    conversationQuestions: new ConversationQuestionsRepository(scope),
    conversations: new ConversationsRepository(scope),
    exchanges: new ExchangesRepository(scope),
    feedTokens: new FeedTokensRepository(scope),
    goals: new GoalsRepository(scope),
    imports: new ImportRepository(scope),
    insights: new InsightsRepository(scope),
    interactions: new InteractionsRepository(scope),
    messages: new MessagesRepository(scope),
    network: new NetworkRepository(scope),
    organizations: new OrganizationsRepository(scope),
    outbox: new OutboxRepository(scope),
    progress: new ProgressRepository(scope),
    questions: new QuestionsRepository(scope),
    search: new SearchRepository(scope),
    settings: new SettingsRepository(scope),
    tags: new TagsRepository(scope),
    tasks: new TasksRepository(scope),
    templates: new TemplatesRepository(scope),
  };
}
