import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link, Navigate } from "react-router";
import { signUp } from "../api/auth.js";
import { AuthFrame } from "../components/auth/AuthFrame.js";
import { PageLoader } from "../components/PageLoader.js";
import { useService } from "../hooks/account.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useSignedInNext } from "../hooks/use-signed-in-next.js";

const MIN_PASSWORD = 10;

/** `/sign-up` (hosted mode, when the centre lets people make their own account). */
export function SignUpPage() {
  usePageTitle("Make an account");
  const service = useService();
  const { next, arrive } = useSignedInNext();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!service.data) return <PageLoader />;
  if (service.data.mode !== "hosted") return <Navigate to="/" replace />;
  const signIn = next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;

  if (!service.data.signUp) {
    return (
      <AuthFrame title="Make an account">
        <Text>New accounts are not open here: your career centre invites people instead.</Text>
        <Anchor component={Link} to={signIn}>
          Sign in with an account you have
        </Anchor>
      </AuthFrame>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) {
      setTooShort(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signUp(name.trim(), email.trim(), password);
      await arrive();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="Make an account"
      intro="Only you see what you keep here, unless you choose to share it."
    >
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {error}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD} characters; a few words you will remember work well.`}
            autoComplete="new-password"
            required
            value={password}
            error={
              tooShort && password.length < MIN_PASSWORD
                ? `Use at least ${MIN_PASSWORD} characters.`
                : undefined
            }
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={busy} mt="xs">
            Make my account
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dimmed" ta="center">
        Have an account?{" "}
        <Anchor component={Link} to={signIn} inherit underline="always">
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
