import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconHeartHandshake } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useAddNeed } from "../../hooks/follow-through.js";
import { type FormError, formError } from "../../lib/form-error.js";
import { AddedList } from "./AddedList.js";

/** Something they need or care about (how I could help), added to their needs with today's date. */
export function NeedForm({
  conversationId,
  firstName,
  added,
  onAdded,
}: {
  conversationId: string;
  firstName: string;
  added: string[];
  onAdded: (need: string) => void;
}) {
  const add = useAddNeed(conversationId);
  const [text, setText] = useState("");
  const [error, setError] = useState<FormError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError({ field: "text", message: `What does ${firstName} need?` });
      return;
    }
    setError(null);
    try {
      await add.mutateAsync({ text: text.trim() });
      onAdded(text.trim());
      setText("");
      document.getElementById("need-text")?.focus();
    } catch (failure) {
      setError(formError(failure, { text: "text" }));
    }
  }

  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label="Add a need of theirs" noValidate>
        <Stack gap="sm">
          <Textarea
            id="need-text"
            label={`${firstName} needs…`}
            description="What they are looking for, so you can help when a chance comes"
            placeholder="e.g. A data engineer for her team"
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit(event);
            }}
            error={error?.message}
            maxLength={1000}
            required
          />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconHeartHandshake size={16} />} loading={add.isPending}>
              Add need
            </Button>
          </Group>
        </Stack>
      </form>
      <AddedList label="Needs added" empty="None yet. Listen for what they are working on.">
        {added.map((need, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows, in order
          <Text key={index} component="li" size="sm" className="pre-wrap">
            {need}
          </Text>
        ))}
      </AddedList>
    </>
  );
}
