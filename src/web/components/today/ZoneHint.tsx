import { Alert, Button, Group, Text } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconWorld } from "@tabler/icons-react";
import { isTimeZone } from "../../../core/contact-fields.js";
import { useSettings, useUpdateSettings } from "../../hooks/settings.js";
import { browserZone } from "../../lib/datetime.js";
import { useToast } from "../../lib/toast-context.js";

const place = (zone: string) => zone.replace(/_/g, " ");

/** The agenda counts days in my settings' zone: say so, once, when this computer is somewhere else. */
export function ZoneHint() {
  const settings = useSettings();
  const update = useUpdateSettings();
  const toast = useToast();
  const zone = browserZone();
  const [keptZone, setKeptZone] = useLocalStorage<string | null>({
    key: "coffeechat-kept-zone",
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const mine = settings.data?.timeZone;
  if (!mine || mine === zone || !isTimeZone(zone) || keptZone === `${mine}|${zone}`) return null;

  return (
    <Alert variant="light" color="blue" radius="lg" icon={<IconWorld size={20} />} mb="lg">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Your days are counted in <strong>{place(mine)}</strong> time, but this computer is in{" "}
          <strong>{place(zone)}</strong>. What is due today depends on it.
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { timeZone: zone },
                {
                  onSuccess: () => toast({ message: `Your time zone is now ${place(zone)}.` }),
                  onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }),
                },
              )
            }
          >
            Use {place(zone)}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={() => setKeptZone(`${mine}|${zone}`)}>
            Keep {place(mine)}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
