// The icon of each line of the command palette: by kind of search result or by command.
import {
  IconArrowRight,
  IconBuilding,
  IconBulb,
  IconCalendarPlus,
  IconChecklist,
  IconFileImport,
  IconHeartHandshake,
  IconMail,
  IconMessages,
  IconNotes,
  IconPencil,
  IconTarget,
  IconUser,
  IconUserPlus,
} from "@tabler/icons-react";

const ICONS: Record<string, typeof IconUser> = {
  contact: IconUser,
  organization: IconBuilding,
  conversation: IconMessages,
  insight: IconBulb,
  note: IconNotes,
  message: IconMail,
  goal: IconTarget,
  task: IconChecklist,
  exchange: IconHeartHandshake,
  plan: IconCalendarPlus,
  write: IconPencil,
  "add-contact": IconUserPlus,
  import: IconFileImport,
};

export function PaletteIcon({ name }: { name: string }) {
  const Icon = ICONS[name] ?? IconArrowRight;
  return <Icon size={18} stroke={1.7} aria-hidden />;
}
