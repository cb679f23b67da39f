/** A message's text split at its `{name}` places: text, then a place's name, alternately (see Phrase.svelte). */
export function splitPhrase(text: string): string[] {
	return text.split(/\{(\w+)\}/);
}
