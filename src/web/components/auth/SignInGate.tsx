import { Box } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../../api/http.js";
import { useAccount, useService } from "../../hooks/account.js";
import { ErrorState } from "../ErrorState.js";
import { PageLoader } from "../PageLoader.js";

/**
 * Hosted mode: the app only for someone signed in; anyone else goes to the sign-in page, which
 * brings them back here after. Local mode has no account: the app shows at once.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const service = useService();
  const hosted = service.data?.mode === "hosted";
  const account = useAccount(hosted);
  const location = useLocation();

  if (service.isError) {
    return (
      <Box p="xl" maw={640} mx="auto">
        <ErrorState
          error={service.error}
          onRetry={() => void service.refetch()}
          title="Could not reach coffeechat"
        />
      </Box>
    );
  }
  if (!service.data) return <PageLoader />;
  if (!hosted) return children;
  if (account.error instanceof ApiError && account.error.status === 401) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (account.isError) {
    return (
      <Box p="xl" maw={640} mx="auto">
        <ErrorState
          error={account.error}
          onRetry={() => void account.refetch()}
          title="Could not load your account"
        />
      </Box>
    );
  }
  if (!account.data) return <PageLoader />;
  return children;
}
