// The file formats coffeechat reads and writes, as the API names them in its addresses.

export const IMPORT_FORMATS = ["linkedin", "google", "outlook", "vcard", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ["vcard", "json", "csv", "markdown"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
