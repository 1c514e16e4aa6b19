// Typed calls to /api/tasks: things promised or planned, with an optional due date.
import type { Task, TaskKind } from "../../core/task.js";
import { request } from "./http.js";

export interface TaskCreateInput {
  title: string;
  kind?: TaskKind;
  notes?: string;
  dueAt?: string;
  contactId?: string;
  conversationId?: string;
}

export interface TaskUpdateInput {
  title?: string;
  notes?: string;
  dueAt?: string | null;
  done?: boolean;
}

export interface TaskListParams {
  /** Open tasks by default. */
  done?: "true" | "false" | "all";
  contactId?: string;
  conversationId?: string;
}

export function listTasks(params: TaskListParams, signal?: AbortSignal): Promise<{ items: Task[] }> {
  return request("GET", "/tasks", { query: { ...params }, signal });
}

export function createTask(input: TaskCreateInput): Promise<Task> {
  return request("POST", "/tasks", { body: input });
}

export function updateTask(id: string, input: TaskUpdateInput): Promise<Task> {
  return request("PATCH", `/tasks/${encodeURIComponent(id)}`, { body: input });
}
