import { Route, Routes } from "react-router";
import { AppLayout } from "./components/AppLayout.js";
import { ContactPage } from "./pages/ContactPage.js";
import { ContactsPage } from "./pages/ContactsPage.js";
import { EditContactPage } from "./pages/EditContactPage.js";
import { HomePage } from "./pages/HomePage.js";
import { NewContactPage } from "./pages/NewContactPage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OrganizationPage } from "./pages/OrganizationPage.js";
import { OrganizationsPage } from "./pages/OrganizationsPage.js";

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/new" element={<NewContactPage />} />
        <Route path="contacts/:id" element={<ContactPage />} />
        <Route path="contacts/:id/edit" element={<EditContactPage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
        <Route path="organizations/:id" element={<OrganizationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
