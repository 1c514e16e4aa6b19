// The pipeline's view (board or list) and the list's stage filter, kept in the URL.
import { useSearchParams } from "react-router";
import { isStage, type Stage } from "../../core/stages.js";

export type PipelineView = "board" | "list";

export function usePipelineView() {
  const [params, setParams] = useSearchParams();
  const view: PipelineView = params.get("view") === "list" ? "list" : "board";
  const stages: Stage[] = (params.get("stage") ?? "").split(",").filter(isStage);

  const update = (changes: { view?: PipelineView; stages?: Stage[] }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (changes.view) {
          if (changes.view === "list") next.set("view", "list");
          else next.delete("view");
        }
        if (changes.stages) {
          if (changes.stages.length > 0) next.set("stage", changes.stages.join(","));
          else next.delete("stage");
        }
        return next;
      },
      { replace: true },
    );

  return {
    view,
    stages,
    setView: (value: PipelineView) => update({ view: value }),
    setStages: (value: Stage[]) => update({ stages: value }),
  };
}
