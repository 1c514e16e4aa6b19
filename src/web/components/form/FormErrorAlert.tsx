import { Alert } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** The message at the top of a form whose save failed; nothing when there is no error. */
export function FormErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title="Not saved" role="alert">
      {children}
    </Alert>
  );
}
