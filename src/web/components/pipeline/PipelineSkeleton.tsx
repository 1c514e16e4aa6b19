import { Skeleton, Stack } from "@mantine/core";
import { BOARD_COLUMNS } from "../../lib/pipeline.js";

export function PipelineSkeleton() {
  return (
    <div className="pipeline-board" role="status" aria-busy="true" aria-label="Loading the pipeline">
      {BOARD_COLUMNS.map((column, index) => (
        <div key={column.id} className="pipeline-column">
          <Stack gap="xs">
            <Skeleton height={14} width={90} radius="xl" mb={6} />
            {Array.from({ length: 3 - (index % 3) }, (_, card) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Skeleton key={card} height={72} radius="md" />
            ))}
          </Stack>
        </div>
      ))}
    </div>
  );
}
