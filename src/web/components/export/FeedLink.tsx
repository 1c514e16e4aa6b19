import { ActionIcon, Alert, CopyButton, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";

/** The new feed address, shown this once, ready to copy. */
export function FeedLink({ url }: { url: string }) {
  return (
    <Stack gap="sm">
      <TextInput
        label="Your calendar link"
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
        rightSection={
          <CopyButton value={url} timeout={2500}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy the link"} withArrow>
                <ActionIcon
                  variant={copied ? "filled" : "light"}
                  color={copied ? "green" : undefined}
                  onClick={copy}
                  aria-label={copied ? "Copied" : "Copy the link"}
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Alert color="orange" variant="light" icon={<IconKey size={18} />} p="sm">
        <Text size="sm">
          Copy it now: it is shown only this once. Anyone with the link can read these appointments, so keep
          it to yourself.
        </Text>
      </Alert>
    </Stack>
  );
}
