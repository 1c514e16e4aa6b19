import { lazy, Suspense } from "react";
import { Outlet, Route, Routes } from "react-router";
import { AppLayout } from "./components/AppLayout.js";
import { PageLoader } from "./components/PageLoader.js";
import { ContactPage } from "./pages/ContactPage.js";
import { ContactsPage } from "./pages/ContactsPage.js";
import { EditContactPage } from "./pages/EditContactPage.js";
import { HomePage } from "./pages/HomePage.js";
import { NewContactPage } from "./pages/NewContactPage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OrganizationPage } from "./pages/OrganizationPage.js";
import { OrganizationsPage } from "./pages/OrganizationsPage.js";
import { preparationRoutes } from "./preparation-routes.js";

// The practice's pages load on first visit, keeping the first paint small.
const TodayPage = lazy(() => import("./pages/TodayPage.js").then((m) => ({ default: m.TodayPage })));
const PipelinePage = lazy(() => import("./pages/PipelinePage.js").then((m) => ({ default: m.PipelinePage })));
const ConversationPage = lazy(() =>
  import("./pages/ConversationPage.js").then((m) => ({ default: m.ConversationPage })),
);
const SettingsPage = lazy(() => import("./pages/SettingsPage.js").then((m) => ({ default: m.SettingsPage })));
const ImportPage = lazy(() => import("./pages/ImportPage.js").then((m) => ({ default: m.ImportPage })));
const ComposePage = lazy(() => import("./pages/ComposePage.js").then((m) => ({ default: m.ComposePage })));
const OutboxPage = lazy(() => import("./pages/OutboxPage.js").then((m) => ({ default: m.OutboxPage })));
const TemplatesPage = lazy(() =>
  import("./pages/TemplatesPage.js").then((m) => ({ default: m.TemplatesPage })),
);
const NewConversationPage = lazy(() =>
  import("./pages/NewConversationPage.js").then((m) => ({ default: m.NewConversationPage })),
);

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
        </Route>
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/new" element={<NewContactPage />} />
        <Route path="contacts/:id" element={<ContactPage />} />
        <Route path="contacts/:id/edit" element={<EditContactPage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
        <Route path="organizations/:id" element={<OrganizationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
