import { Suspense } from "react";
import { createRoutesFromElements, Outlet, Route, ScrollRestoration } from "react-router";
import { AppLayout } from "./components/AppLayout.js";
import { SignInGate } from "./components/auth/SignInGate.js";
import { DateStyleBoundary } from "./components/DateStyleBoundary.js";
import { PageLoader } from "./components/PageLoader.js";
import { ToastProvider } from "./components/ToastProvider.js";
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
const NetworkPage = lazyPage(() => import("./pages/NetworkPage.js"), "NetworkPage");
const WhoKnowsWhatPage = lazyPage(() => import("./pages/WhoKnowsWhatPage.js"), "WhoKnowsWhatPage");
const SignInPage = lazyPage(() => import("./pages/SignInPage.js"), "SignInPage");
const SignUpPage = lazyPage(() => import("./pages/SignUpPage.js"), "SignUpPage");
const ForgotPasswordPage = lazyPage(() => import("./pages/ForgotPasswordPage.js"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("./pages/ResetPasswordPage.js"), "ResetPasswordPage");
const CohortsPage = lazyPage(() => import("./pages/CohortsPage.js"), "CohortsPage");
const CohortPage = lazyPage(() => import("./pages/CohortPage.js"), "CohortPage");
const JoinCohortPage = lazyPage(() => import("./pages/JoinCohortPage.js"), "JoinCohortPage");
const SharingPage = lazyPage(() => import("./pages/SharingPage.js"), "SharingPage");
const AlumniPage = lazyPage(() => import("./pages/AlumniPage.js"), "AlumniPage");
const WhatWorksPage = lazyPage(() => import("./pages/WhatWorksPage.js"), "WhatWorksPage");
const NotFoundPage = lazyPage(() => import("./pages/NotFoundPage.js"), "NotFoundPage");

/** The frame around every page: toasts, the scroll kept per history entry (top on a new page, where
 * the user was on back), the layout. */
function Root() {
  return (
    <ToastProvider>
      <SignInGate>
        <DateStyleBoundary>
          <AppLayout />
        </DateStyleBoundary>
      </SignInGate>
      {/* After the pages, so that it scrolls once they have laid themselves out (and the contacts
          list's own scrolling has run). */}
      <ScrollRestoration />
    </ToastProvider>
  );
}

/** Hosted mode's sign-in pages, outside the app's frame. */
function SignInRoot() {
  return (
    <ToastProvider>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </ToastProvider>
  );
}

/** Every route of the web app, for a data router (which `useBlocker` and scroll restoration need). */
export const appRoutes = createRoutesFromElements(
  <>
    <Route element={<SignInRoot />}>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="sign-up" element={<SignUpPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="reset-password" element={<ResetPasswordPage />} />
    </Route>
    <Route element={<Root />}>
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
        <Route path="network" element={<NetworkPage />} />
        <Route path="who-knows-what" element={<WhoKnowsWhatPage />} />
        <Route path="what-works" element={<WhatWorksPage />} />
        <Route path="cohorts" element={<CohortsPage />} />
        <Route path="cohorts/join" element={<JoinCohortPage />} />
        <Route path="cohorts/:id" element={<CohortPage />} />
        <Route path="sharing" element={<SharingPage />} />
        <Route path="alumni" element={<AlumniPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>
  </>,
);
