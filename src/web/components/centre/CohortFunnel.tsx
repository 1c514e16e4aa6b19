import { Paper, Progress, Table, Text } from "@mantine/core";
import type { CohortProgress } from "../../api/types.js";

function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)} %`;
}

/** The cohort's funnel as a table: each step's total, with a bar against requests sent. */
export function CohortFunnel({ funnel }: { funnel: CohortProgress["funnel"] }) {
  const steps = [
    { label: "Requests sent", value: funnel.requestsSent, note: "" },
    { label: "Replies", value: funnel.replies, note: `${percent(funnel.replyRate)} of requests` },
    {
      label: "Conversations held",
      value: funnel.conversationsHeld,
      note: `${percent(funnel.heldRate)} of requests`,
    },
    { label: "Thank-yous sent", value: funnel.thankYousSent, note: "" },
  ];
  const top = Math.max(1, funnel.requestsSent, funnel.conversationsHeld, funnel.thankYousSent);
  return (
    <Paper withBorder radius="lg" p="lg">
      <Text fw={600} component="h2" fz="md" m={0} mb="sm">
        The cohort's funnel
      </Text>
      <Table verticalSpacing="xs" aria-label="The cohort's funnel">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Step</Table.Th>
            <Table.Th scope="col">Total</Table.Th>
            <Table.Th scope="col" w="45%">
              <span className="visually-hidden">Bar</span>
            </Table.Th>
            <Table.Th scope="col">Rate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((step) => (
            <Table.Tr key={step.label}>
              <Table.Th scope="row" fw={500}>
                {step.label}
              </Table.Th>
              <Table.Td>{step.value}</Table.Td>
              <Table.Td>
                <Progress value={(step.value / top) * 100} aria-hidden size="lg" radius="sm" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="gray.7">
                  {step.note}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
