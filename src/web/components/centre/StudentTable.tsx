import { Badge, Group, Paper, Table, Text } from "@mantine/core";
import type { CohortStudent } from "../../api/types.js";

const FLAG_LABELS: Record<CohortStudent["flags"][number], { label: string; color: string }> = {
  "no-activity-14-days": { label: "No activity for 14 days", color: "orange" },
  "thank-yous-overdue": { label: "Thank-yous overdue", color: "red" },
};

/** One line per student who shares: their counts under their name or pseudonym, and flags. */
export function StudentTable({ students }: { students: readonly CohortStudent[] }) {
  return (
    <Paper withBorder radius="lg" style={{ overflowX: "auto" }}>
      <Table
        verticalSpacing="sm"
        horizontalSpacing="md"
        striped
        aria-label="Students who share their figures"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            <Table.Th scope="col">Requests</Table.Th>
            <Table.Th scope="col">Replies</Table.Th>
            <Table.Th scope="col">Held</Table.Th>
            <Table.Th scope="col">Thank-yous on time</Table.Th>
            <Table.Th scope="col">Follow-ups overdue</Table.Th>
            <Table.Th scope="col">Goals decided</Table.Th>
            <Table.Th scope="col">This week</Table.Th>
            <Table.Th scope="col">Needs a word</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {students.map((s) => (
            <Table.Tr key={s.label}>
              <Table.Th scope="row" fw={600}>
                {s.label}
                {!s.named && (
                  <Text span size="xs" c="gray.7" ml={6}>
                    (name not shared)
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{s.figures.requestsSent}</Table.Td>
              <Table.Td>{s.figures.replies}</Table.Td>
              <Table.Td>{s.figures.conversationsHeld}</Table.Td>
              <Table.Td>
                {s.figures.thankYousOnTime} of {s.figures.thankYousSent}
              </Table.Td>
              <Table.Td>{s.figures.followUpsOverdue}</Table.Td>
              <Table.Td>{s.figures.goalsDecided}</Table.Td>
              <Table.Td>
                {s.figures.habit.thisWeek} of {s.figures.habit.perWeek}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {s.flags.length === 0 ? (
                    <Text size="sm" c="gray.7">
                      On track
                    </Text>
                  ) : (
                    s.flags.map((flag) => (
                      <Badge key={flag} color={FLAG_LABELS[flag].color} variant="light">
                        {FLAG_LABELS[flag].label}
                      </Badge>
                    ))
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
