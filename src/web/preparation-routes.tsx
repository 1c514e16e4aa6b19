// The routes of preparation and reflection (prep sheet, conversation mode, wrap-up, goals, question
// bank), loaded on first visit. Called inside App's lazy-loading route: routes must be elements there.
import { lazy } from "react";
import { Route } from "react-router";

const PrepSheetPage = lazy(() =>
  import("./pages/PrepSheetPage.js").then((m) => ({ default: m.PrepSheetPage })),
);
const ConversationModePage = lazy(() =>
  import("./pages/ConversationModePage.js").then((m) => ({ default: m.ConversationModePage })),
);
const WrapUpPage = lazy(() => import("./pages/WrapUpPage.js").then((m) => ({ default: m.WrapUpPage })));
const GoalsPage = lazy(() => import("./pages/GoalsPage.js").then((m) => ({ default: m.GoalsPage })));
const GoalComparePage = lazy(() =>
  import("./pages/GoalComparePage.js").then((m) => ({ default: m.GoalComparePage })),
);
const GoalPage = lazy(() => import("./pages/GoalPage.js").then((m) => ({ default: m.GoalPage })));
const QuestionsPage = lazy(() =>
  import("./pages/QuestionsPage.js").then((m) => ({ default: m.QuestionsPage })),
);

export function preparationRoutes() {
  return [
    <Route key="prep" path="conversations/:id/prep" element={<PrepSheetPage />} />,
    <Route key="live" path="conversations/:id/live" element={<ConversationModePage />} />,
    <Route key="wrap-up" path="conversations/:id/wrap-up" element={<WrapUpPage />} />,
    <Route key="goals" path="goals" element={<GoalsPage />} />,
    <Route key="goals-compare" path="goals/compare" element={<GoalComparePage />} />,
    <Route key="goal" path="goals/:id" element={<GoalPage />} />,
    <Route key="questions" path="questions" element={<QuestionsPage />} />,
  ];
}
