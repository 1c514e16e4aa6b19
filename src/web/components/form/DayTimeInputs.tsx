// A day and a time of day typed as chosen in Settings → Appearance (the browser's own date and time
// inputs follow its language instead): the form keeps "2027-03-09" and "14:30", the field shows
// "09/03/2027" or "03/09/2027", "14:30" or "2:30 pm", and what cannot be read is passed on as typed,
// for the form's own check to name.
import { TextInput, type TextInputProps } from "@mantine/core";
import { type FocusEvent, useEffect, useState } from "react";
import { dateStyle } from "../../lib/date-style.js";
import { dayPattern, parseDay, parseTimeOfDay, showDay, showTimeOfDay } from "../../lib/typed-date.js";

type Props = Omit<TextInputProps, "value" | "onChange" | "type"> & {
  value: string;
  onChange: (value: string) => void;
};

function useTyped(
  value: string,
  onChange: (value: string) => void,
  parse: (text: string) => string | null,
  show: (value: string) => string,
) {
  const [text, setText] = useState(() => show(value));
  // A value set from outside (a suggested time, a reset) is shown; one this field sent is kept as typed.
  useEffect(() => {
    if (value !== text && parse(text) !== value) setText(show(value));
  }, [value, text, parse, show]);
  return {
    value: text,
    onChange: (event: { currentTarget: { value: string } }) => {
      const typed = event.currentTarget.value;
      setText(typed);
      onChange(parse(typed) ?? typed);
    },
    tidy: () => {
      const parsed = parse(text);
      if (parsed) setText(show(parsed));
    },
  };
}

const monthFirst = () => dateStyle().locale === "en-US";
const twelveHour = () => dateStyle().hourCycle === "h12";
const parseDayText = (text: string) => parseDay(text, monthFirst());
const showDayValue = (value: string) => showDay(value, monthFirst());
const showTimeValue = (value: string) => showTimeOfDay(value, twelveHour());

/** A text field that shows a value with `show` and hands on what `parse` reads of the text typed. */
function TypedInput({
  value,
  onChange,
  onBlur,
  parse,
  show,
  ...rest
}: Props & { parse: (text: string) => string | null; show: (value: string) => string }) {
  const typed = useTyped(value, onChange, parse, show);
  return (
    <TextInput
      {...rest}
      autoComplete="off"
      value={typed.value}
      onChange={typed.onChange}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        typed.tidy();
        onBlur?.(event);
      }}
    />
  );
}

/** A day, typed in the chosen order ("dd/mm/yyyy" or "mm/dd/yyyy"). */
export function DayInput(props: Props) {
  return (
    <TypedInput
      {...props}
      placeholder={props.placeholder ?? dayPattern(monthFirst())}
      parse={parseDayText}
      show={showDayValue}
    />
  );
}

/** A time of day, typed on either clock and shown on the chosen one ("14:30" or "2:30 pm"). */
export function TimeOfDayInput(props: Props) {
  return (
    <TypedInput
      {...props}
      placeholder={props.placeholder ?? (twelveHour() ? "2:30 pm" : "14:30")}
      parse={parseTimeOfDay}
      show={showTimeValue}
    />
  );
}
