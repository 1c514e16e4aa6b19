import { describe, expect, it } from "vitest";
import { askAboutTopics, rankExperts } from "./expertise.js";

describe("who knows what", () => {
  it("puts a person whose insight mentions the topic above one who only has it in their title", () => {
    const ranked = rankExperts([
      { contactId: "title", kind: "contact", id: "c1", snippet: "Genomics sales" },
      { contactId: "said", kind: "insight", id: "i1", snippet: "Genomics cores hire" },
    ]);
    expect(ranked.map((e) => e.contactId)).toEqual(["said", "title"]);
    expect(ranked[0]?.evidence).toEqual([
      { contactId: "said", kind: "insight", id: "i1", snippet: "Genomics cores hire" },
    ]);
  });

  it("counts repeated evidence of one kind less each time, so many mentions in messages do not beat an insight", () => {
    const messages = Array.from({ length: 10 }, (_, i) => ({
      contactId: "chatty",
      kind: "message" as const,
      id: `m${i}`,
      snippet: "",
    }));
    const ranked = rankExperts([...messages, { contactId: "wise", kind: "insight", id: "i", snippet: "" }]);
    expect(ranked.map((e) => e.contactId)).toEqual(["wise", "chatty"]);
    expect(ranked[1]?.evidence).toHaveLength(5);
  });

  it("suggests the words that keep coming up, skipping common ones", () => {
    const topics = askAboutTopics([
      { text: "Spatial transcriptomics is hard to fund", weight: 2 },
      { text: "They moved to spatial transcriptomics from the lab", weight: 2 },
      { text: "about the weather", weight: 1 },
    ]);
    expect(topics.slice(0, 2).sort()).toEqual(["Spatial", "transcriptomics"]);
    expect(topics).not.toContain("about");
    expect(topics).not.toContain("weather");
  });
});
