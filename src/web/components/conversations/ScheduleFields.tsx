import { NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconCalendar, IconClock, IconLink, IconMapPin } from "@tabler/icons-react";
import { FORMAT_LABELS, FORMATS } from "../../../core/conversation.js";
import {
  MAX_DURATION,
  MIN_DURATION,
  type ScheduleErrors,
  type ScheduleValues,
} from "../../lib/conversation-form.js";
import { browserZone } from "../../lib/datetime.js";
import { fieldId } from "../../lib/field-id.js";
import { DayInput, TimeOfDayInput } from "../form/DayTimeInputs.js";
import { WhenReadBack } from "../form/WhenReadBack.js";

const FORMAT_OPTIONS = FORMATS.map((format) => ({ value: format, label: FORMAT_LABELS[format] }));

/** Day, time, length, format and place of a conversation: the same fields wherever it is scheduled. */
export function ScheduleFields({
  form,
  values,
  errors,
  onChange,
  onBlur,
  showTime = true,
  timeRequired = false,
}: {
  /** The form's name, for the fields' ids. */
  form: string;
  values: ScheduleValues;
  errors: ScheduleErrors;
  onChange: <K extends keyof ScheduleValues>(field: K, value: ScheduleValues[K]) => void;
  onBlur?: (field: keyof ScheduleValues) => void;
  showTime?: boolean;
  timeRequired?: boolean;
}) {
  const video = values.format === "video" || values.format === "phone";
  return (
    <>
      {showTime && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <DayInput
            id={fieldId(form, "date")}
            label="Day"
            data-autofocus
            required={timeRequired}
            leftSection={<IconCalendar size={16} stroke={1.7} />}
            value={values.date}
            error={errors.date}
            onChange={(value) => onChange("date", value)}
            onBlur={() => onBlur?.("date")}
          />
          <TimeOfDayInput
            id={fieldId(form, "time")}
            label="Time"
            description={`Your time (${browserZone().replace(/_/g, " ")})`}
            required={timeRequired}
            leftSection={<IconClock size={16} stroke={1.7} />}
            value={values.time}
            error={errors.time}
            onChange={(value) => onChange("time", value)}
            onBlur={() => onBlur?.("time")}
            inputWrapperOrder={["label", "input", "description", "error"]}
          />
        </SimpleGrid>
      )}
      {showTime && <WhenReadBack date={values.date} time={values.time} />}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          id={fieldId(form, "format")}
          label="Format"
          placeholder="Call, coffee, lunch…"
          data={FORMAT_OPTIONS}
          value={values.format || null}
          onChange={(value) => onChange("format", (value ?? "") as ScheduleValues["format"])}
          clearable
          error={errors.format}
        />
        <NumberInput
          id={fieldId(form, "durationMinutes")}
          label="Length"
          suffix=" min"
          min={MIN_DURATION}
          max={MAX_DURATION}
          step={5}
          allowDecimal={false}
          value={values.durationMinutes}
          error={errors.durationMinutes}
          onChange={(value) => onChange("durationMinutes", value)}
          onBlur={() => onBlur?.("durationMinutes")}
        />
      </SimpleGrid>
      <TextInput
        id={fieldId(form, "place")}
        label={video ? "Link or number" : "Place"}
        placeholder={video ? "https://meet…  or  +44 20 7946 0000" : "A café, their office, or a video link"}
        leftSection={video ? <IconLink size={16} stroke={1.7} /> : <IconMapPin size={16} stroke={1.7} />}
        value={values.place}
        error={errors.place}
        onChange={(event) => onChange("place", event.currentTarget.value)}
        onBlur={() => onBlur?.("place")}
      />
    </>
  );
}
