import { Suspense } from "react";
import { Outlet, Route, Routes } from "react-router";
import { AppLayout } from "./components/AppLayout.js";
import { PageLoader } from "./components/PageLoader.js";
import { lazyPage } from "./lazy-page.js";
import { HomePage } from "./pages/HomePage.js";
import { preparationRoutes } from "./preparation-routes.js";

// Every page loads on first visit, in its own chunk: the first paint carries only the page shown
// (the contact forms and their shared zod rules stay out of Today's JavaScript).
const TodayPage = lazyPage(() => import("./pages/TodayPage.js"), "TodayPage");
const PipelinePage = lazyPage(() => import("./pages/PipelinePage.js"), "PipelinePage");
const ConversationPage = lazyPage(() => import("./pages/ConversationPage.js"), "ConversationPage");
const SettingsPage = lazyPage(() => import("./pages/SettingsPage.js"), "SettingsPage");
const ImportPage = lazyPage(() => import("./pages/ImportPage.js"), "ImportPage");
const ComposePage = lazyPage(() => import("./pages/ComposePage.js"), "ComposePage");
const OutboxPage = lazyPage(() => import("./pages/OutboxPage.js"), "OutboxPage");
const TemplatesPage = lazyPage(() => import("./pages/TemplatesPage.js"), "TemplatesPage");
const NewConversationPage = lazyPage(() => import("./pages/NewConversationPage.js"), "NewConversationPage");
const ContactsPage = lazyPage(() => import("./pages/ContactsPage.js"), "ContactsPage");
const NewContactPage = lazyPage(() => import("./pages/NewContactPage.js"), "NewContactPage");
const ContactPage = lazyPage(() => import("./pages/ContactPage.js"), "ContactPage");
const EditContactPage = lazyPage(() => import("./pages/EditContactPage.js"), "EditContactPage");
const OrganizationsPage = lazyPage(() => import("./pages/OrganizationsPage.js"), "OrganizationsPage");
const OrganizationPage = lazyPage(() => import("./pages/OrganizationPage.js"), "OrganizationPage");
const WhoKnowsWhatPage = lazyPage(() => import("./pages/WhoKnowsWhatPage.js"), "WhoKnowsWhatPage");
const WhatWorksPage = lazyPage(() => import("./pages/WhatWorksPage.js"), "WhatWorksPage");
const NotFoundPage = lazyPage(() => import("./pages/NotFoundPage.js"), "NotFoundPage");

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route
          element={
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          }
        >
          <Route path="today" element={<TodayPage />} />
          <Route path="pipeline" element={<PipelinePage />} />
          <Route path="conversations/new" element={<NewConversationPage />} />
          <Route path="conversations/:id" element={<ConversationPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="compose" element={<ComposePage />} />
          <Route path="outbox" element={<OutboxPage />} />
          <Route path="templates" element={<TemplatesPage />} />
          {preparationRoutes()}
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="contacts/new" element={<NewContactPage />} />
          <Route path="contacts/:id" element={<ContactPage />} />
          <Route path="contacts/:id/edit" element={<EditContactPage />} />
          <Route path="organizations" element={<OrganizationsPage />} />
          <Route path="organizations/:id" element={<OrganizationPage />} />
          <Route path="who-knows-what" element={<WhoKnowsWhatPage />} />
          <Route path="what-works" element={<WhatWorksPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
