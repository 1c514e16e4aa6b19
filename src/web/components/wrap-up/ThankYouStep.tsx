import { Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { IconMailHeart } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { Conversation } from "../../api/types.js";
import { useUpdateConversation } from "../../hooks/conversations.js";
import { useInsights } from "../../hooks/follow-through.js";
import type { QuestionList } from "../../hooks/use-question-list.js";
import { formatDateTime } from "../../lib/format.js";
import { asPhrase, candidatePoints, thankYouUrl } from "../../lib/thank-you-points.js";
import { useToast } from "../../lib/toast-context.js";
import { StepCard } from "./StepCard.js";

/** Step 4: thank them within a day, naming one specific thing I learned: picked here, written in the composer. */
export function ThankYouStep({ conversation, list }: { conversation: Conversation; list: QuestionList }) {
  const insights = useInsights({ conversationId: conversation.id });
  const [picked, setPicked] = useState<string | null>(null);
  // Kept with the conversation: the thank-you written later (from Today too) still names it.
  const [point, setPoint] = useState(conversation.thankYouPoint ?? "");
  const update = useUpdateConversation();
  const navigate = useNavigate();
  const toast = useToast();

  async function keep(text: string): Promise<boolean> {
    if (text.trim() === (conversation.thankYouPoint ?? "")) return true;
    try {
      await update.mutateAsync({ id: conversation.id, changes: { thankYouPoint: text.trim() || null } });
      return true;
    } catch (error) {
      toast({ title: "The point is not saved", message: (error as Error).message, color: "red" });
      return false;
    }
  }

  async function write() {
    if (await keep(point)) navigate(thankYouUrl(conversation.contactId, conversation.id, point));
  }
  const firstName = conversation.contactName.split(" ")[0] ?? conversation.contactName;
  const thanked = conversation.thankYouSentAt !== null || conversation.stage === "thanked";

  const candidates = useMemo(
    () =>
      candidatePoints({
        questions: list.items ?? [],
        insights: insights.data?.items ?? [],
        notes: conversation.notes,
      }),
    [list.items, insights.data, conversation.notes],
  );

  return (
    <StepCard
      step={4}
      title={`Thank ${firstName}`}
      hint="Within a day, always, naming something specific you learned. Pick it here; the composer drafts the rest."
      done={thanked}
    >
      {thanked && (
        <Text size="sm" c="var(--cc-text-success)" mb="sm">
          Thanked{conversation.thankYouSentAt ? ` on ${formatDateTime(conversation.thankYouSentAt)}` : ""}.
        </Text>
      )}
      <Stack gap="sm">
        {candidates.length > 0 ? (
          <Radio.Group
            label="The specific point"
            description="From your notes and insights"
            value={picked}
            onChange={(key) => {
              setPicked(key);
              const phrase = asPhrase(candidates.find((c) => c.key === key)?.text ?? "", [firstName]);
              setPoint(phrase);
              void keep(phrase);
            }}
          >
            <Stack gap={8} mt="xs">
              {candidates.map((candidate) => (
                <Radio
                  key={candidate.key}
                  value={candidate.key}
                  label={candidate.text}
                  description={candidate.source}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No notes or insights yet to pick from: write the point below.
          </Text>
        )}
        <Textarea
          id="thank-you-point"
          label="In your words"
          description="It follows “What you said about …” in the thank-you; edit it to read well."
          autosize
          minRows={2}
          value={point}
          onChange={(event) => setPoint(event.currentTarget.value)}
          onBlur={() => void keep(point)}
          maxLength={1000}
        />
        <Group>
          <Button
            onClick={() => void write()}
            loading={update.isPending}
            leftSection={<IconMailHeart size={16} />}
            variant={thanked ? "default" : "filled"}
          >
            Write the thank-you
          </Button>
        </Group>
      </Stack>
    </StepCard>
  );
}
