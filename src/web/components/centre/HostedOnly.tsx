import { Box, Paper, Skeleton, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useCentreMe } from "../../hooks/centre.js";
import { ErrorState } from "../ErrorState.js";

/** A career centre's page: in local mode it explains where the feature lives instead. */
export function HostedOnly({ what, children }: { what: string; children: ReactNode }) {
  const me = useCentreMe();
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Skeleton height={120} radius="lg" aria-label="Loading" />;
  if (me.data.hosted) return <Box className="readable-dimmed">{children}</Box>;
  return (
    <Paper withBorder radius="lg" p="xl">
      <Text fw={600} mb="xs">
        {what} belong to a career centre's coffeechat
      </Text>
      <Text c="gray.7" size="sm">
        This coffeechat runs on your own computer for you alone, so there is no centre, advisor or directory
        to share with. When your university or career centre hosts coffeechat for its students, you sign in
        there and find this page in the sidebar. You can bring your data along: export a JSON backup under
        Import &amp; export and restore it into your account there.
      </Text>
    </Paper>
  );
}
