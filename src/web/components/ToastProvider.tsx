import { Button, Group, Notification, Portal, Stack } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { type Toast, ToastContext, type ToastInput } from "../lib/toast-context.js";

const MAX_TOASTS = 3;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback((input: ToastInput) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-(MAX_TOASTS - 1)), { ...input, id }]);
  }, []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <Portal>
        <Stack
          className="toasts"
          gap="sm"
          role="status"
          aria-live="polite"
          style={{
            position: "fixed",
            right: 24,
            bottom: 24,
            zIndex: 1000,
            width: 360,
            maxWidth: "calc(100vw - 48px)",
          }}
        >
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onClose={() => dismiss(toast.id)} />
          ))}
        </Stack>
      </Portal>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onClose }: { toast: Toast; onClose: () => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(onClose, toast.duration ?? 5000);
    return () => window.clearTimeout(timer);
  }, [paused, onClose, toast.duration]);

  const color = toast.color ?? "green";
  return (
    <Notification
      color={color}
      icon={color === "red" ? <IconX size={18} /> : <IconCheck size={18} />}
      title={toast.title}
      onClose={onClose}
      closeButtonProps={{ "aria-label": "Dismiss" }}
      withBorder
      style={{ boxShadow: "var(--mantine-shadow-lg)" }}
      // Under a title, the message is the theme's readable grey (4.5:1), not Mantine's lighter one.
      styles={{ description: { color: toast.title ? "var(--mantine-color-dimmed)" : undefined } }}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <span>{toast.message}</span>
        {toast.action && (
          <Button
            variant="light"
            size="compact-sm"
            style={{ flexShrink: 0 }}
            onClick={() => {
              toast.action?.onClick();
              onClose();
            }}
          >
            {toast.action.label}
          </Button>
        )}
      </Group>
    </Notification>
  );
}
