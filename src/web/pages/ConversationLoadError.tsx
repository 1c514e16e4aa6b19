import { Button } from "@mantine/core";
import { Link } from "react-router";
import { isNotFound } from "../api/http.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page } from "../components/Page.js";
import { NotFoundPage } from "./NotFoundPage.js";

/** What a page about one conversation shows when it cannot load it: not found, or a retry. */
export function ConversationLoadError({
  error,
  onRetry,
  notFound = "There is no conversation at this address. The link may be mistyped, or it may come from another coffeechat.",
  title = "Could not load this conversation",
}: {
  error: unknown;
  onRetry: () => void;
  notFound?: string;
  title?: string;
}) {
  if (isNotFound(error)) {
    return (
      <NotFoundPage
        title="Conversation not found"
        description={notFound}
        action={
          <Button component={Link} to="/pipeline">
            Back to the pipeline
          </Button>
        }
      />
    );
  }
  return (
    <Page>
      <ErrorState error={error} onRetry={onRetry} title={title} />
    </Page>
  );
}
