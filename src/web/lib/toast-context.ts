// A tiny confirmation-toast system (Mantine's notifications package is not part of the app).
import { createContext, useContext } from "react";

export interface ToastInput {
  message: string;
  title?: string;
  color?: "green" | "red" | "coffee" | "gray";
  /** An optional action, e.g. Undo. */
  action?: { label: string; onClick: () => void };
  /** Milliseconds before it goes away; 5 s by default. */
  duration?: number;
}

export interface Toast extends ToastInput {
  id: number;
}

export const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

/** Shows a short confirmation in the corner of the screen. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}
