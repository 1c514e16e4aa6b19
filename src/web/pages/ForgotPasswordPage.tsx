import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconMailForward } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { requestPasswordReset } from "../api/auth.js";
import { AuthFrame } from "../components/auth/AuthFrame.js";
import { usePageTitle } from "../hooks/use-page-title.js";

/** `/forgot-password`: mails a link to choose a new password. */
export function ForgotPasswordPage() {
  usePageTitle("Forgot your password");
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="Choose a new password"
      intro="Give the e-mail you signed up with: we send you a link to choose a new password."
    >
      {sentTo ? (
        <Alert color="green" variant="light" icon={<IconMailForward size={18} />} role="status">
          If an account uses {sentTo}, a link is on its way. It works for an hour; look in your spam folder
          too.
        </Alert>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            {error && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <Button type="submit" loading={busy} mt="xs">
              Send me a link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign in
      </Anchor>
    </AuthFrame>
  );
}
