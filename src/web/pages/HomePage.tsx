import { Suspense } from "react";
import { Navigate } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { Page } from "../components/Page.js";
import { PageLoader } from "../components/PageLoader.js";
import { useContactCount } from "../hooks/contacts.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { lazyPage } from "../lazy-page.js";

// Shown once, on a first run: the code of its name form stays out of Today's JavaScript.
const Welcome = lazyPage(() => import("../components/Welcome.js"), "Welcome");

/** `/`: the welcome on a first run, else straight to today's work. */
export function HomePage() {
  const count = useContactCount();
  usePageTitle(count.data === 0 ? "Welcome" : null);

  if (count.isPending) {
    return <PageLoader />;
  }
  if (count.isError) {
    return (
      <Page size="md">
        <ErrorState
          error={count.error}
          onRetry={() => void count.refetch()}
          title="Could not reach coffeechat"
        />
      </Page>
    );
  }
  if (count.data > 0) return <Navigate to="/today" replace />;
  return (
    <Suspense fallback={<PageLoader />}>
      <Welcome />
    </Suspense>
  );
}
