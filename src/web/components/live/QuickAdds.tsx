import { Kbd, Paper, Tabs, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useState } from "react";
import type { Conversation } from "../../api/types.js";
import { readLocal, writeLocal } from "../../lib/local-draft.js";
import { InsightForm } from "./InsightForm.js";
import { NeedForm } from "./NeedForm.js";
import { PromiseForm } from "./PromiseForm.js";
import { ReferralForm } from "./ReferralForm.js";

type Tab = "referral" | "promise" | "need" | "insight";

const FIRST_FIELD: Record<Tab, string> = {
  referral: "referral-name",
  promise: "promise-title",
  need: "need-text",
  insight: "insight-text",
};

interface Added {
  needs: string[];
}

const NOTHING: Added = { needs: [] };

function parseAdded(value: unknown): Added | null {
  if (!value || typeof value !== "object") return null;
  const { needs } = value as Partial<Added>;
  return { needs: Array.isArray(needs) ? needs.filter((need) => typeof need === "string") : [] };
}

/** The side panel of conversation mode: a referral, a promise, a need of theirs, an insight, each in a few keys. */
export function QuickAdds({ conversation }: { conversation: Conversation }) {
  const [tab, setTab] = useState<Tab>("referral");
  const storageKey = `added:${conversation.id}`;
  // Needs have no list of their own in the API: what was added here is remembered here. (The
  // referrals added here are listed by the server.)
  const [added, setAdded] = useState<Added>(() => readLocal(storageKey, parseAdded) ?? NOTHING);
  const remember = (change: (now: Added) => Added) =>
    setAdded((now) => {
      const next = change(now);
      writeLocal(storageKey, next);
      return next;
    });
  const firstName = conversation.contactName.split(" ")[0] || conversation.contactName;

  const open = (next: Tab) => {
    setTab(next);
    window.setTimeout(() => document.getElementById(FIRST_FIELD[next])?.focus(), 0);
  };
  const physical = { usePhysicalKeys: true, preventDefault: true };
  useHotkeys(
    [
      ["alt+R", () => open("referral"), physical],
      ["alt+P", () => open("promise"), physical],
      ["alt+N", () => open("need"), physical],
      ["alt+I", () => open("insight"), physical],
    ],
    [],
  );

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="quick-adds-title">
      <Title id="quick-adds-title" order={2} fz="lg" mb="sm">
        Quick adds
      </Title>
      <Tabs
        value={tab}
        onChange={(value) => value && setTab(value as Tab)}
        keepMounted
        variant="pills"
        radius="md"
      >
        <Tabs.List grow mb="md" aria-label="What to add">
          <Tabs.Tab value="referral" px="sm">
            Referral
          </Tabs.Tab>
          <Tabs.Tab value="promise" px="sm">
            Promise
          </Tabs.Tab>
          <Tabs.Tab value="need" px="sm">
            Need
          </Tabs.Tab>
          <Tabs.Tab value="insight" px="sm">
            Insight
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="referral">
          <ReferralForm conversationId={conversation.id} introducer={firstName} />
        </Tabs.Panel>
        <Tabs.Panel value="promise">
          <PromiseForm conversationId={conversation.id} />
        </Tabs.Panel>
        <Tabs.Panel value="need">
          <NeedForm
            conversationId={conversation.id}
            firstName={firstName}
            added={added.needs}
            onAdded={(need) => remember((now) => ({ ...now, needs: [need, ...now.needs] }))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="insight">
          <InsightForm conversationId={conversation.id} goalIds={conversation.goalIds} />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed" mt="md">
        <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">R</Kbd> referral, <Kbd size="xs">P</Kbd> promise,{" "}
        <Kbd size="xs">N</Kbd> need, <Kbd size="xs">I</Kbd> insight, <Kbd size="xs">T</Kbd> timer
      </Text>
    </Paper>
  );
}
