import {
  Grid,
  type MantineColorScheme,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  useMantineColorScheme,
} from "@mantine/core";
import { useState } from "react";
import { useUpdateSettings } from "../../hooks/settings.js";
import {
  type DateOrderChoice,
  type DateStyleChoice,
  saveDateStyleChoice,
  storedDateStyleChoice,
  type TimeFormatChoice,
} from "../../lib/date-style.js";
import { dateTimeFormat } from "../../lib/datetime.js";
import { useToast } from "../../lib/toast-context.js";

const SCHEMES: { value: MantineColorScheme; label: string }[] = [
  { value: "auto", label: "As the system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];
const TIMES: { value: TimeFormatChoice; label: string }[] = [
  { value: "auto", label: "As my language" },
  { value: "24h", label: "24-hour" },
  { value: "12h", label: "12-hour" },
];
const DATES: { value: DateOrderChoice; label: string }[] = [
  { value: "auto", label: "As my language" },
  { value: "day-month", label: "Day first" },
  { value: "month-day", label: "Month first" },
];

/** One labelled choice of a few, read as a radio group. */
function Choice<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = `appearance-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        data={options}
        value={value}
        onChange={(next) => onChange(next as T)}
        fullWidth
      />
    </Stack>
  );
}

/**
 * Settings → Appearance: light or dark (kept in this browser), and how dates and times are written
 * (kept with the settings, for the server's texts and the CLI too).
 */
export function AppearanceCard() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [dates, setDates] = useState<DateStyleChoice>(storedDateStyleChoice);
  const update = useUpdateSettings();
  const toast = useToast();
  const choose = (next: DateStyleChoice) => {
    setDates(next);
    // The page is drawn again once the choice is saved, so the answer is awaited here, not in the card.
    update
      .mutateAsync({ dateStyle: next })
      .catch((error: Error) =>
        toast({ title: "Not kept with your settings", message: error.message, color: "red" }),
      );
    saveDateStyleChoice(next);
    const sample = dateTimeFormat({
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date());
    toast({ message: `Dates and times now read like this: ${sample}.` });
  };

  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="appearance-heading">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Title order={2} fz="md" id="appearance-heading">
            Appearance
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Colours are kept in this browser: “As the system” follows your computer’s light or dark setting.
            Times and dates go with your settings, so prep sheets, send-time advice and the command line write
            them the same way.
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Choice label="Colours" options={SCHEMES} value={colorScheme} onChange={setColorScheme} />
            <Choice
              label="Times"
              options={TIMES}
              value={dates.time}
              onChange={(time) => choose({ ...dates, time })}
            />
            <Choice
              label="Dates"
              options={DATES}
              value={dates.dates}
              onChange={(order) => choose({ ...dates, dates: order })}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
