// Whether a value reads where a template puts it: inside a sentence that goes on after it
// ("…while exploring {{learnGoal}}. Your path…"). Pasting a goal's free text there ("How teams
// hire; whether my PhD transfers.") gives a sentence nobody would write.

/** Words that start a clause or a sentence: capitalised mid-sentence, they show a pasted sentence. */
const SENTENCE_STARTS =
  /^(How|What|Whether|Why|Which|Where|When|Who|If|The|A|An|My|Is|Are|Do|Does|Can|Could|Should|Would|Will|To|In|On|At|For|From|About)\b/;

/**
 * What is wrong with `value` as a phrase inside a sentence, in one line of plain English, or null
 * when it reads. `label` names the value for the user, e.g. "What you want to learn".
 */
export function fillInProblem(label: string, value: string): string | null {
  const phrase = value.trim();
  if (!phrase) return `${label} is empty, so the sentence around it does not read.`;
  if (/[;\n]/.test(phrase))
    return `${label} holds several sentences or a list; give one phrase, e.g. "how teams hire".`;
  if (/[.!?:,]$/.test(phrase))
    return `${label} ends with "${phrase.at(-1)}", but the sentence goes on after it: leave the punctuation out.`;
  if (phrase.includes("?"))
    return `${label} is a question; say it as a phrase, e.g. "whether my PhD skills transfer".`;
  if (SENTENCE_STARTS.test(phrase))
    return `${label} starts with a capital letter in mid-sentence; write "${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}".`;
  if ((phrase.match(/,/g) ?? []).length >= 2)
    return `${label} strings several ideas together; keep the one that matters most to this person.`;
  return null;
}
