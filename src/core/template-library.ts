// The built-in outreach templates, written for coffeechat. Each is short, honest about its purpose,
// names what the writer wants to learn, asks for a bounded time in one question, and never asks for a job.
import type { TemplateChannel, TemplateKind } from "./template.js";

export interface TemplateText {
  builtinKey: string;
  kind: TemplateKind;
  channel: TemplateChannel;
  name: string;
  subject: string;
  body: string;
}

export const BUILTIN_TEMPLATES: readonly TemplateText[] = [
  {
    builtinKey: "request-cold",
    kind: "request",
    channel: "email",
    name: "Request: someone you have not met",
    subject: "A question about your work at {{organization}}",
    body: `Dear {{firstName}},

I came across your work as {{title}} at {{organization}} while exploring {{learnGoal}}. Your path is close to the one I am weighing, and your view of it would help me more than anything I can read.

Would you be open to a {{minutes}}-minute conversation in the next few weeks? Whatever suits you works: {{formats}}.

Thank you for reading this,
{{myName}}`,
  },
  {
    builtinKey: "request-alumni",
    kind: "request",
    channel: "email",
    name: "Request: a fellow alum",
    subject: "From a fellow alum: a question about your path",
    body: `Dear {{firstName}},

As a fellow alum ({{connection}}), I hope you will not mind a short note. I am exploring {{learnGoal}}, and your move to {{title}} at {{organization}} is exactly the kind of path I want to understand.

Could you spare {{minutes}} minutes for {{formats}} in the coming weeks? Any time that suits you works.

With thanks,
{{myName}}`,
  },
  {
    builtinKey: "request-coworker",
    kind: "request",
    channel: "email",
    name: "Request: a coworker you barely know",
    subject: "Learning about your team's work",
    body: `Hi {{firstName}},

We both work at {{organization}}, though our paths have not crossed yet. I am exploring {{learnGoal}}, and I would love to hear what your team does and how you came to be {{title}}.

Would you have {{minutes}} minutes for {{formats}} in the next couple of weeks? Any time that suits you is fine.

Thanks,
{{myName}}`,
  },
  {
    builtinKey: "request-event",
    kind: "request",
    channel: "email",
    name: "Request: someone you met or heard at an event",
    subject: "After the event: a question about your work",
    body: `Dear {{firstName}},

I am writing because {{connection}}, and what you said about your work at {{organization}} has stayed with me. I am exploring {{learnGoal}}, and your experience would help me see it clearly.

Might you have {{minutes}} minutes for {{formats}} in the coming weeks? I will fit around your schedule.

With thanks,
{{myName}}`,
  },
  {
    builtinKey: "request-referred",
    kind: "request",
    channel: "email",
    name: "Request: someone a contact suggested",
    subject: "{{introducerFirstName}} suggested I get in touch",
    body: `Dear {{firstName}},

{{introducerFirstName}} suggested I get in touch with you. I am exploring {{learnGoal}}, and {{introducerFirstName}} thought your experience as {{title}} at {{organization}} would help me understand it.

Would you be open to a {{minutes}}-minute conversation, at a time that suits you? I can do {{formats}}, whichever you prefer.

Many thanks,
{{myName}}`,
  },
  {
    builtinKey: "request-explained",
    kind: "request",
    channel: "email",
    name: "Request: explaining what an informational interview is",
    subject: "{{minutes}} minutes to learn from your experience?",
    body: `Dear {{firstName}},

I am writing because {{connection}}. I am exploring {{learnGoal}} and hope to hear from people who do that work: a short informational interview, where you tell me about your path and your advice, and you do most of the talking.

Would you be open to {{minutes}} minutes for {{formats}}, whenever suits you? The coffee is on me.

Many thanks,
{{myName}}`,
  },
  {
    builtinKey: "intro-request",
    kind: "intro-request",
    channel: "email",
    name: "Introduction: asking a mutual contact",
    subject: "Could you introduce me to {{fullName}}?",
    body: `Hi {{introducerFirstName}},

I hope you are well. I see you know {{fullName}}, {{title}} at {{organization}}. I am exploring {{learnGoal}}, and you know better than anyone how useful a first-hand view is.

Would you be comfortable introducing us? I would ask for {{minutes}} minutes over {{formats}}, and keep to learning about their path. If it helps, I can send you a short note to forward.

Thank you,
{{myName}}`,
  },
  {
    builtinKey: "linkedin-note",
    kind: "linkedin-note",
    channel: "linkedin",
    name: "LinkedIn connection note",
    subject: "",
    body: `Hi {{firstName}}, {{connection}}, and I am exploring {{learnGoal}}. Your path to {{title}} is one I would love to learn from. Would you be open to a {{minutes}}-minute call or coffee? Thank you! {{myName}}`,
  },
  {
    builtinKey: "linkedin-note-referred",
    kind: "linkedin-note",
    channel: "linkedin",
    name: "LinkedIn connection note: a contact suggested them",
    subject: "",
    body: `Hi {{firstName}}, {{introducerFirstName}} suggested I reach out. I am exploring {{learnGoal}}, and your view would help. Could you spare {{minutes}} minutes for a call or video chat, whenever suits you? Thanks, {{myName}}`,
  },
  {
    builtinKey: "follow-up",
    kind: "follow-up",
    channel: "email",
    name: "Follow-up: a polite nudge",
    subject: "Following up: {{minutes}} minutes in the coming weeks?",
    body: `Hi {{firstName}},

I know how full your inbox must be, so I am bringing my note back to the top in case it slipped past. Would you have {{minutes}} minutes in the next few weeks? If now is not a good time, no problem at all, and thank you for reading.

Best wishes,
{{myName}}`,
  },
  {
    builtinKey: "thank-you",
    kind: "thank-you",
    channel: "email",
    name: "Thank you: after the conversation",
    subject: "Thank you, {{firstName}}",
    body: `Dear {{firstName}},

Thank you for talking with me on {{conversationDate}}. What you said about {{specificPoint}} gave me a much clearer picture of {{learnGoal}}, and it is the part I keep coming back to.

I will follow up on your suggestions and let you know how they go. Thank you again for your time and your generosity.

Best wishes,
{{myName}}`,
  },
  {
    builtinKey: "thank-you-no-meeting",
    kind: "thank-you",
    channel: "email",
    name: "Thank you: they replied but could not meet",
    subject: "Thank you for getting back to me",
    body: `Dear {{firstName}},

Thank you for replying, even though the timing did not work out. I know how busy you are, and I appreciate you taking a moment to answer.

If things ease up later, I would still love to hear about your work at {{organization}}. And if there is anything I can do for you in return, please let me know.

Best wishes,
{{myName}}`,
  },
  {
    builtinKey: "stay-in-touch",
    kind: "stay-in-touch",
    channel: "email",
    name: "Stay in touch: how their advice helped",
    subject: "Your advice at work",
    body: `Hi {{firstName}},

You may remember our conversation on {{conversationDate}}. Your advice about {{specificPoint}} has made a real difference: {{myUpdate}}.

I hope things are going well for you at {{organization}}. If there is anything you need (an article, an introduction, a second pair of eyes), just ask.

Thank you again,
{{myName}}`,
  },
];
