import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { resetPassword } from "../api/auth.js";
import { AuthFrame } from "../components/auth/AuthFrame.js";
import { usePageTitle } from "../hooks/use-page-title.js";

const MIN_PASSWORD = 10;

/** `/reset-password?token=…`: where the mailed link lands; choose the new password. */
export function ResetPasswordPage() {
  usePageTitle("Choose a new password");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get("token");
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!token || params.get("error")) {
    return (
      <AuthFrame title="Choose a new password">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          This link has run out or was used already.
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </AuthFrame>
    );
  }

  const tooShort = password.length < MIN_PASSWORD;
  const mismatch = password !== again;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort || mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token, password);
      navigate("/sign-in?reset=done", { replace: true });
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="Choose a new password" intro="Every device signed in to your account is signed out.">
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {error}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD} characters.`}
            autoComplete="new-password"
            required
            value={password}
            error={checked && tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label="The new password again"
            autoComplete="new-password"
            required
            value={again}
            error={checked && !tooShort && mismatch ? "The two passwords differ." : undefined}
            onChange={(event) => setAgain(event.currentTarget.value)}
          />
          <Button type="submit" loading={busy} mt="xs">
            Save the new password
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
