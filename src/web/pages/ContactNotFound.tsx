import { Button } from "@mantine/core";
import { Link } from "react-router";
import { NotFoundPage } from "./NotFoundPage.js";

/** A contact id that does not exist (or no longer does). */
export function ContactNotFound() {
  return (
    <NotFoundPage
      title="Contact not found"
      description="There is no contact at this address. The link may be mistyped, or it may come from another coffeechat."
      action={
        <Button component={Link} to="/contacts">
          Back to contacts
        </Button>
      }
    />
  );
}
