/** An organisation people work at: a company, a lab, a university, an agency. */
export interface Organization {
  id: string;
  name: string;
  website: string | null;
  industry: string | null;
  location: string | null;
  notes: string;
  /** How many contacts (not archived) work there. */
  contactCount: number;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
