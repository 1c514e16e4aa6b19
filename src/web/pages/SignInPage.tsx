import { Alert, Anchor, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconBuildingBank, IconCircleCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { signIn, singleSignOnUrl } from "../api/auth.js";
import { AuthFrame } from "../components/auth/AuthFrame.js";
import { PageLoader } from "../components/PageLoader.js";
import { useService } from "../hooks/account.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useSignedInNext } from "../hooks/use-signed-in-next.js";

/** `/sign-in` (hosted mode): e-mail and password, or the centre's own sign-in. */
export function SignInPage() {
  usePageTitle("Sign in");
  const service = useService();
  const [params] = useSearchParams();
  const { next, arrive } = useSignedInNext();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(
    params.get("failed") === "sso" ? "Signing in through your institution did not work. Try again." : null,
  );
  const [busy, setBusy] = useState<"password" | "sso" | null>(null);

  if (!service.data) return <PageLoader />;
  if (service.data.mode !== "hosted") return <Navigate to="/" replace />;
  const { signUp, singleSignOn } = service.data;
  const withNext = (path: string) => (next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy("password");
    setError(null);
    try {
      await signIn(email.trim(), password);
      await arrive();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(null);
    }
  };

  const withCentre = async () => {
    setBusy("sso");
    setError(null);
    try {
      window.location.assign(await singleSignOnUrl(next));
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(null);
    }
  };

  return (
    <AuthFrame title="Sign in" intro="Your contacts, conversations and notes are yours alone.">
      {params.get("reset") === "done" && (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
          Your new password is saved. Sign in with it.
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {error}
        </Alert>
      )}
      {singleSignOn && (
        <>
          <Button
            variant="default"
            size="md"
            leftSection={<IconBuildingBank size={18} />}
            loading={busy === "sso"}
            disabled={busy !== null}
            onClick={() => void withCentre()}
          >
            Sign in with {singleSignOn}
          </Button>
          <Divider label="or with your e-mail" labelPosition="center" />
        </>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
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
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group justify="space-between" mt="xs">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={busy === "password"} disabled={busy === "sso"}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
      {signUp && (
        <Text size="sm" c="dimmed" ta="center">
          New here?{" "}
          <Anchor component={Link} to={withNext("/sign-up")} inherit underline="always">
            Make an account
          </Anchor>
        </Text>
      )}
    </AuthFrame>
  );
}
