import { Button, EmptyState } from "@mantine/core";
import { IconMapQuestion } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Page } from "../components/Page.js";
import { usePageTitle } from "../hooks/use-page-title.js";

/** A page or a record that does not exist. */
export function NotFoundPage({
  title = "Page not found",
  description = "There is nothing at this address. It may have moved, or the link may be mistyped.",
  action,
}: {
  title?: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Page size="sm">
      <EmptyState mt={80} icon={<IconMapQuestion size={32} stroke={1.5} />} variant="light">
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        <EmptyState.Actions>
          {action ?? (
            <Button component={Link} to="/contacts">
              Go to contacts
            </Button>
          )}
        </EmptyState.Actions>
      </EmptyState>
    </Page>
  );
}
