import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { ALUMNI_FORMATS, type AlumniFormat, FORMAT_LABELS } from "../../../core/alumni.schema.js";
import { ApiError } from "../../api/http.js";
import type { AlumniProfile } from "../../api/types.js";
import { useDeleteAlumniProfile, useSaveAlumniProfile } from "../../hooks/alumni.js";
import { useToast } from "../../lib/toast-context.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";

interface Values {
  role: string;
  organization: string;
  about: string;
  topics: string[];
  formats: AlumniFormat[];
  monthlyLimit: number | string;
  published: boolean;
}

function valuesOf(profile: AlumniProfile | null): Values {
  return {
    role: profile?.role ?? "",
    organization: profile?.organization ?? "",
    about: profile?.about ?? "",
    topics: profile?.topics ?? [],
    formats: profile?.formats ?? ["coffee", "video"],
    monthlyLimit: profile?.monthlyLimit ?? 3,
    published: profile?.published ?? true,
  };
}

/** My own entry in the directory: opt in, change it, pause it or remove it. */
export function AlumniProfileEditor({ profile }: { profile: AlumniProfile | null }) {
  const save = useSaveAlumniProfile();
  const remove = useDeleteAlumniProfile();
  const toast = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: valuesOf(profile),
    validate: {
      role: (v) => (v.trim() ? null : "Say what you do (your role)."),
      topics: (v) => (v.length > 0 ? null : "Name at least one topic you are glad to talk about."),
      formats: (v) => (v.length > 0 ? null : "Choose at least one format."),
      monthlyLimit: (v) => (Number(v) >= 1 && Number(v) <= 50 ? null : "Between 1 and 50 requests a month."),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await save.mutateAsync({ ...values, monthlyLimit: Number(values.monthlyLimit) });
      form.setInitialValues(valuesOf(saved));
      form.resetDirty(valuesOf(saved));
      toast({
        message: saved.published ? "Your profile is in the directory." : "Your profile is saved and paused.",
        color: "green",
      });
    } catch (error) {
      const field = error instanceof ApiError ? (error.field?.split(".")[0] ?? "") : "";
      if (field && field in form.values) form.setFieldError(field, (error as ApiError).message);
      else setFailure(error instanceof Error ? error.message : "Your profile was not saved.");
    }
  });

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} aria-label="My directory profile">
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          Alumni and volunteers of the centre offer a little of their time to students. Members of the centre
          who find you see your name, role, organisation, topics and formats; when one adds you to their
          contacts, they also get your e-mail address. You choose how many requests a month you welcome; once
          you have had them, you show as resting until the month ends.
        </Text>
        <FormErrorAlert>{failure}</FormErrorAlert>
        <Group grow align="flex-start">
          <TextInput
            label="Your role"
            placeholder="e.g. Data scientist"
            required
            {...form.getInputProps("role")}
          />
          <TextInput
            label="Organisation"
            placeholder="e.g. Northwind Health"
            {...form.getInputProps("organization")}
          />
        </Group>
        <TagsInput
          label="Topics you are glad to talk about"
          description="Press Enter after each topic"
          placeholder="e.g. leaving academia"
          required
          {...form.getInputProps("topics")}
        />
        <Textarea
          label="A few words about you"
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps("about")}
        />
        <Checkbox.Group label="Formats you offer" required {...form.getInputProps("formats")}>
          <Group mt="xs">
            {ALUMNI_FORMATS.map((format) => (
              <Checkbox key={format} value={format} label={FORMAT_LABELS[format]} />
            ))}
          </Group>
        </Checkbox.Group>
        <NumberInput
          label="Requests a month you welcome"
          min={1}
          max={50}
          w={240}
          {...form.getInputProps("monthlyLimit")}
        />
        <Switch
          label="Listed in the directory"
          description="Turn off to pause: your profile stays saved but nobody finds it"
          {...form.getInputProps("published", { type: "checkbox" })}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {profile ? "Save my profile" : "Join the directory"}
          </Button>
          {profile && (
            <Button variant="default" color="red" onClick={() => setRemoving(true)}>
              Remove my profile
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={removing}
        title="Remove your profile?"
        message="You leave the directory, and this month's count of requests to you is forgotten. People who already added you keep you in their contacts."
        confirmLabel="Remove my profile"
        loading={remove.isPending}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              form.setValues(valuesOf(null));
              toast({ message: "You left the directory." });
            },
            onError: (e) => toast({ message: e.message, color: "red" }),
            onSettled: () => setRemoving(false),
          })
        }
      />
    </Paper>
  );
}
