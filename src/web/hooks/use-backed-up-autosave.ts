// useAutosave, plus a copy of unsaved typing in this browser: restored (and saved) on the next visit
// if the save never landed, dropped once the server has it.
import { useEffect, useRef, useState } from "react";
import { readLocal, removeLocal, writeLocal } from "../lib/local-draft.js";
import { type Autosave, useAutosave } from "./use-autosave.js";

export function useBackedUpAutosave(
  storageKey: string,
  serverValue: string,
  save: (value: string) => Promise<unknown>,
): Autosave & { restored: boolean } {
  const autosave = useAutosave(serverValue, save);
  const [restored, setRestored] = useState(false);
  const checked = useRef(false);
  const { setValue, status, value } = autosave;

  // Once, on arrival: a copy that differs from the server's text is what was typed last; save it.
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    const copy = readLocal(storageKey, (v) => (typeof v === "string" ? v : null));
    if (copy === null) return;
    if (copy === serverValue) removeLocal(storageKey);
    else {
      setValue(copy);
      setRestored(true);
    }
  }, [storageKey, serverValue, setValue]);

  useEffect(() => {
    if (status === "saved") {
      removeLocal(storageKey);
      setRestored(false);
    }
  }, [status, storageKey]);

  return {
    ...autosave,
    value,
    restored,
    setValue: (next: string) => {
      writeLocal(storageKey, next);
      setValue(next);
    },
  };
}
