import { Navigate } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { Page } from "../components/Page.js";
import { PageLoader } from "../components/PageLoader.js";
import { Welcome } from "../components/Welcome.js";
import { useContactCount } from "../hooks/contacts.js";
import { usePageTitle } from "../hooks/use-page-title.js";

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
  return <Welcome />;
}
