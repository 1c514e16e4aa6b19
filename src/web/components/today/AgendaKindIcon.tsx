import { ThemeIcon } from "@mantine/core";
import {
  IconCalendarEvent,
  IconChecklist,
  IconGift,
  IconHeartHandshake,
  IconMailForward,
  IconNotebook,
  IconPlant2,
} from "@tabler/icons-react";
import type { AgendaKind } from "../../../core/agenda.js";

const KINDS: Record<AgendaKind, { icon: typeof IconChecklist; color: string; label: string }> = {
  meeting: { icon: IconCalendarEvent, color: "blue", label: "Conversation" },
  prep: { icon: IconNotebook, color: "violet", label: "Preparation" },
  "thank-you": { icon: IconHeartHandshake, color: "pink", label: "Thank-you" },
  "follow-up": { icon: IconMailForward, color: "orange", label: "Follow-up" },
  "stay-in-touch": { icon: IconPlant2, color: "teal", label: "Stay in touch" },
  task: { icon: IconChecklist, color: "gray", label: "Task" },
  "give-back": { icon: IconGift, color: "grape", label: "Give back" },
};

export function agendaKindLabel(kind: AgendaKind): string {
  return KINDS[kind].label;
}

/** The icon of a kind of agenda item, in its colour. */
export function AgendaKindIcon({ kind, size = 40 }: { kind: AgendaKind; size?: number }) {
  const { icon: Icon, color } = KINDS[kind];
  return (
    <ThemeIcon variant="light" color={color} size={size} radius="md" aria-hidden>
      <Icon size={size * 0.55} stroke={1.7} />
    </ThemeIcon>
  );
}
