// The routes of preparation and reflection (prep sheet, conversation mode, wrap-up, goals, question
// bank), loaded on first visit. Called inside App's lazy-loading route: routes must be elements there.
import { Route } from "react-router";
import { lazyPage } from "./lazy-page.js";

const PrepSheetPage = lazyPage(() => import("./pages/PrepSheetPage.js"), "PrepSheetPage");
const ConversationModePage = lazyPage(
  () => import("./pages/ConversationModePage.js"),
  "ConversationModePage",
);
const WrapUpPage = lazyPage(() => import("./pages/WrapUpPage.js"), "WrapUpPage");
const GoalsPage = lazyPage(() => import("./pages/GoalsPage.js"), "GoalsPage");
const GoalComparePage = lazyPage(() => import("./pages/GoalComparePage.js"), "GoalComparePage");
const GoalPage = lazyPage(() => import("./pages/GoalPage.js"), "GoalPage");
const QuestionsPage = lazyPage(() => import("./pages/QuestionsPage.js"), "QuestionsPage");

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
