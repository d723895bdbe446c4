// An article of a policy: its number, title and text, read from the policy's text.txt by the loader.

export interface Article {
  number: number;
  title: string;
  text: string;
}
