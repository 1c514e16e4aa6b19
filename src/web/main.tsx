import "@mantine/core/styles.css";
import "./styles.css";
import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import {
  MutationCache,
  type Query,
  QueryCache,
  QueryClient,
  QueryClientProvider,
} from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { appRoutes } from "./App.js";
import { ApiError } from "./api/http.js";
import { accountKeys, serviceQuery } from "./hooks/account.js";
import { preloadElement } from "./lazy-page.js";
import { COLOR_SCHEME_KEY, cssVariablesResolver, theme } from "./theme.js";

// Hosted mode: an answer 401 means the session ended; asking who is signed in again makes the
// sign-in gate show the sign-in page, which brings the person back here after.
const signedOut = (error: unknown, failed?: Query<unknown, unknown, unknown, readonly unknown[]>) => {
  if (failed?.queryKey[0] === accountKeys.account[0] && failed.queryKey.length === 1) return;
  if (error instanceof ApiError && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: accountKeys.account, exact: true });
  }
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => signedOut(error, query) }),
  mutationCache: new MutationCache({ onError: (error) => signedOut(error) }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not change by asking again; network and server errors might.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

const router = createBrowserRouter(appRoutes);

// Every page waits for the server's mode (signed in or not) and for its own code: both are asked
// for now, side by side, rather than one after the other once the app has drawn its frame.
void queryClient.prefetchQuery(serviceQuery);
for (const match of router.state.matches) preloadElement(match.route.element);

// Light, dark or (by default) as the system says; the choice made in Settings is kept in this browser.
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
