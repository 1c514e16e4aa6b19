import { Avatar, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconUserCircle } from "@tabler/icons-react";
import { useAccount, useService } from "../../hooks/account.js";
import { OnFirstUse } from "../OnFirstUse.js";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "");
  return (letters[0] ?? "") + (letters.length > 1 ? (letters.at(-1) ?? "") : "");
}

// The menu's code loads when its button is first pointed at or focused.
const loadMenu = () => import("./AccountMenuChoices.js");

/** Hosted mode: who is signed in, a way to their account settings, and signing out. */
export function AccountMenu() {
  const service = useService();
  const hosted = service.data?.mode === "hosted";
  const account = useAccount(hosted);
  if (!hosted || !account.data) return null;
  const { name, email } = account.data;

  const button = (closed?: { "aria-haspopup": "menu"; "aria-expanded": false }) => (
    <UnstyledButton {...closed}>
      <Avatar color="coffee" radius="xl" size={34} aria-hidden>
        {initials(name) || <IconUserCircle size={20} />}
      </Avatar>
      <VisuallyHidden>Your account: {name}</VisuallyHidden>
    </UnstyledButton>
  );
  return (
    <OnFirstUse
      load={loadMenu}
      plain={button({ "aria-haspopup": "menu", "aria-expanded": false })}
      replayClick
    >
      {({ AccountMenuChoices }) => (
        <AccountMenuChoices name={name} email={email}>
          {button()}
        </AccountMenuChoices>
      )}
    </OnFirstUse>
  );
}
